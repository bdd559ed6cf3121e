using System.Globalization;
using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Hub.SpaceObjects;

namespace Concord.Demo;

/// <summary>One generated object: its registration data (UN Registration Convention, Art. IV 1) and its SGP4 element set.</summary>
public sealed record DemoSpaceObject
{
    private const double MetersPerKilometer = 1000.0;

    /// <summary>Catalog number (NORAD_CAT_ID), in the fictional 9-digit range of <see cref="DemoCatalog"/>.</summary>
    public required int CatalogNumber { get; init; }

    /// <summary>Object name (OMM <c>OBJECT_NAME</c>).</summary>
    public required string Name { get; init; }

    /// <summary>International designator, long form (OMM <c>OBJECT_ID</c>, e.g. <c>2024-031C</c>).</summary>
    public required string InternationalDesignator { get; init; }

    /// <summary>Code of the owning agency (one of <see cref="DemoAgencies.All"/>).</summary>
    public required string OwnerCode { get; init; }

    /// <summary>Launching state (the owner's country code).</summary>
    public required string LaunchingState { get; init; }

    /// <summary>Date of launch (UTC).</summary>
    public required DateOnly LaunchDate { get; init; }

    /// <summary>Launch site (fictional).</summary>
    public required string LaunchSite { get; init; }

    /// <summary>General function (Art. IV 1(e)).</summary>
    public required string GeneralFunction { get; init; }

    /// <summary>Operational status.</summary>
    public required SpaceObjectStatus Status { get; init; }

    /// <summary>The population the object belongs to.</summary>
    public required DemoObjectGroup Group { get; init; }

    /// <summary>SGP4 mean elements (TEME, WGS-72).</summary>
    public required Sgp4Elements Elements { get; init; }

    /// <summary>The registration of this object, marked public. Basic orbital parameters (Art. IV 1(d)) come from the
    /// mean elements with the WGS-72 constants SGP4 uses (<see cref="DemoOrbits"/>); the nodal period is approximated by
    /// the Keplerian period.</summary>
    public SpaceObjectRegistration ToRegistration()
    {
        double semiMajorAxisKilometers = DemoOrbits.SemiMajorAxisMeters(Elements.MeanMotionRadiansPerMinute) / MetersPerKilometer;
        return new SpaceObjectRegistration(
            CatalogNumber.ToString(CultureInfo.InvariantCulture), Name, OwnerCode, InternationalDesignator, LaunchingState,
            LaunchDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), LaunchSite,
            NodalPeriodMinutes: AngleUnits.RadiansPerRevolution / Elements.MeanMotionRadiansPerMinute,
            InclinationDegrees: Elements.InclinationRadians / AngleUnits.RadiansPerDegree,
            ApogeeKilometers: TwoBody.ApogeeAltitude(semiMajorAxisKilometers, Elements.Eccentricity, EarthConstants.Wgs72EquatorialRadiusKilometers),
            PerigeeKilometers: TwoBody.PerigeeAltitude(semiMajorAxisKilometers, Elements.Eccentricity, EarthConstants.Wgs72EquatorialRadiusKilometers),
            GeneralFunction: GeneralFunction,
            Status: Status.ToWireName(),
            Marking: "public");
    }

    /// <summary>This object with its element set moved along the orbit: the epoch later by <paramref name="epochShift"/>,
    /// the mean anomaly advanced by the mean motion over it (the same position to within metres: SGP4's secular rates
    /// differ from the mean motion by a J2 term), then shifted by <paramref name="meanAnomalyDegrees"/> (in LEO one degree
    /// is about 120 km along track).</summary>
    public DemoSpaceObject Shifted(Duration epochShift, double meanAnomalyDegrees) => this with
    {
        Elements = Elements with
        {
            Epoch = Elements.Epoch + epochShift,
            MeanAnomalyRadians = DemoOrbits.Wrap(Elements.MeanAnomalyRadians + (Elements.MeanMotionRadiansPerMinute * epochShift.TotalMinutes)
                + (meanAnomalyDegrees * AngleUnits.RadiansPerDegree)),
        },
    };

    /// <summary>The element set as an SGP4 OMM (CCSDS 502.0-B-3), originator the owner, values at full precision.</summary>
    public Omm ToOmm()
    {
        Omm omm = OmmConverter.FromSgp4Elements(Elements, CatalogNumber, Name, InternationalDesignator);
        return omm with
        {
            Header = omm.Header with { Originator = OwnerCode, CreationDate = CcsdsDate.FromEpoch(Elements.Epoch, Astro.Time.TimeScale.Utc) },
        };
    }
}
