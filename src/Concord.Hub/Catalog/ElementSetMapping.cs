using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;
using Concord.Hub.Release;

namespace Concord.Hub.Catalog;

/// <summary>Maps element sets between the message models (<see cref="Tle"/>, <see cref="Omm"/>) and the stored
/// <see cref="ElementSet"/>, value for value (doubles are copied, never recomputed). Thread-safe.</summary>
public static class ElementSetMapping
{
    /// <summary>The <c>OBJECT_ID</c> the standard prescribes for an object without a designator.</summary>
    public const string UnknownObjectId = "UNKNOWN";

    private const double RadiansPerRevolution = 2.0 * Math.PI;
    private const double MinutesPerDay = 1440.0;
    private const double RadiansPerDegree = Math.PI / 180.0;

    /// <summary>The SGP4 elements of a stored set, straight from its columns: revolutions per day to radians per minute
    /// and degrees to radians with the same expressions as <see cref="Tle.ToSgp4Elements"/>, B* and the epoch unchanged,
    /// so the result equals, field for field, the one the set's OMM gives through <see cref="OmmConverter.ToSgp4Elements"/>
    /// (proved on a real catalogue by the tests) without building and reading an OMM on every screening run.</summary>
    public static Sgp4Elements ToSgp4Elements(ElementSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new Sgp4Elements
        {
            Epoch = set.Epoch,
            MeanMotionRadiansPerMinute = set.MeanMotionRevolutionsPerDay * RadiansPerRevolution / MinutesPerDay,
            Eccentricity = set.Eccentricity,
            InclinationRadians = set.InclinationDegrees * RadiansPerDegree,
            RightAscensionOfAscendingNodeRadians = set.RightAscensionOfAscendingNodeDegrees * RadiansPerDegree,
            ArgumentOfPerigeeRadians = set.ArgumentOfPericenterDegrees * RadiansPerDegree,
            MeanAnomalyRadians = set.MeanAnomalyDegrees * RadiansPerDegree,
            BstarPerEarthRadius = set.BstarPerEarthRadius,
        };
    }

    /// <summary>The row of a TLE/3LE set.</summary>
    public static ElementSet FromTle(Tle tle, ElementSetProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(tle);
        ArgumentNullException.ThrowIfNull(provenance);
        Omm omm = OmmConverter.FromTle(tle);
        return new ElementSet
        {
            Id = provenance.NewId(),
            SubmissionId = provenance.SubmissionId,
            CatalogNumber = tle.CatalogNumber,
            Epoch = tle.Epoch,
            ObjectName = tle.Name,
            ObjectId = tle.InternationalDesignator is null ? null : omm.Metadata.ObjectId,
            MeanElementTheory = omm.Metadata.MeanElementTheory,
            MeanMotionRevolutionsPerDay = tle.MeanMotionRevolutionsPerDay,
            Eccentricity = tle.Eccentricity,
            InclinationDegrees = tle.InclinationDegrees,
            RightAscensionOfAscendingNodeDegrees = tle.RightAscensionOfAscendingNodeDegrees,
            ArgumentOfPericenterDegrees = tle.ArgumentOfPerigeeDegrees,
            MeanAnomalyDegrees = tle.MeanAnomalyDegrees,
            EphemerisType = tle.EphemerisType,
            ClassificationType = tle.Classification.ToString(),
            ElementSetNumber = tle.ElementSetNumber,
            RevolutionNumberAtEpoch = tle.RevolutionNumberAtEpoch,
            BstarPerEarthRadius = tle.BstarPerEarthRadius,
            MeanMotionDotRevolutionsPerDaySquared = tle.MeanMotionDotRevolutionsPerDaySquared,
            MeanMotionDdotRevolutionsPerDayCubed = tle.MeanMotionDdotRevolutionsPerDayCubed,
            TleNotation = (int)tle.Notation,
            Originator = provenance.Originator,
            Marking = provenance.Marking,
            RelTo = [.. provenance.RelTo],
            StoredAt = provenance.StoredAt,
        };
    }

    /// <summary>The row of an SGP4 OMM (one that <see cref="OmmConverter.ToSgp4Elements"/> accepts).</summary>
    /// <exception cref="ArgumentException">The OMM is not SGP4 (a caller bug: check it first).</exception>
    public static ElementSet FromOmm(Omm omm, ElementSetProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(omm);
        ArgumentNullException.ThrowIfNull(provenance);
        OmmMeanElements elements = omm.Data.MeanElements;
        OmmTleParameters parameters = omm.Data.TleParameters
            ?? throw new ArgumentException("An SGP4 OMM has TLE parameters.", nameof(omm));
        if (!elements.Epoch.TryToEpoch(TimeScale.Utc, out Epoch epoch) || elements.MeanMotionRevolutionsPerDay is not { } meanMotion
            || parameters.NoradCatalogId is not { } catalogNumber || parameters.BstarPerEarthRadius is not { } bstar)
        {
            throw new ArgumentException("The OMM is not an SGP4 OMM.", nameof(omm));
        }

        return new ElementSet
        {
            Id = provenance.NewId(),
            SubmissionId = provenance.SubmissionId,
            CatalogNumber = catalogNumber,
            Epoch = epoch,
            ObjectName = omm.Metadata.ObjectName,
            ObjectId = omm.Metadata.ObjectId,
            MeanElementTheory = omm.Metadata.MeanElementTheory,
            MeanMotionRevolutionsPerDay = meanMotion,
            Eccentricity = elements.Eccentricity,
            InclinationDegrees = elements.InclinationDegrees,
            RightAscensionOfAscendingNodeDegrees = elements.RightAscensionOfAscendingNodeDegrees,
            ArgumentOfPericenterDegrees = elements.ArgumentOfPericenterDegrees,
            MeanAnomalyDegrees = elements.MeanAnomalyDegrees,
            GravitationalParameterCubicKilometersPerSecondSquared = elements.GravitationalParameterCubicKilometersPerSecondSquared,
            EphemerisType = parameters.EphemerisType,
            ClassificationType = parameters.ClassificationType,
            ElementSetNumber = parameters.ElementSetNumber,
            RevolutionNumberAtEpoch = parameters.RevolutionNumberAtEpoch,
            BstarPerEarthRadius = bstar,
            MeanMotionDotRevolutionsPerDaySquared = parameters.MeanMotionDotRevolutionsPerDaySquared,
            MeanMotionDdotRevolutionsPerDayCubed = parameters.MeanMotionDdotRevolutionsPerDayCubed,
            TleNotation = 0,
            Originator = provenance.Originator,
            Marking = provenance.Marking,
            RelTo = [.. provenance.RelTo],
            StoredAt = provenance.StoredAt,
        };
    }

    /// <summary>The set as an OMM (version <see cref="OmmConverter.DefaultVersion"/>, EARTH, TEME, UTC), its
    /// <c>ORIGINATOR</c> the submitting agency and its <c>CREATION_DATE</c> <paramref name="creationDate"/>.</summary>
    public static Omm ToOmm(ElementSet set, DateTimeOffset creationDate)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new Omm
        {
            Header = new OmmHeader
            {
                Version = OmmConverter.DefaultVersion,
                CreationDate = CcsdsDate.FromEpoch(Epoch.FromUtc(creationDate), TimeScale.Utc),
                Originator = set.Originator,
            },
            Metadata = new OmmMetadata
            {
                ObjectName = set.ObjectName ?? set.CatalogNumber.ToString(CultureInfo.InvariantCulture),
                ObjectId = set.ObjectId ?? UnknownObjectId,
                CenterName = "EARTH",
                ReferenceFrame = "TEME",
                TimeSystem = "UTC",
                MeanElementTheory = set.MeanElementTheory,
            },
            Data = new OmmData
            {
                MeanElements = new OmmMeanElements
                {
                    Epoch = CcsdsDate.FromEpoch(set.Epoch, TimeScale.Utc),
                    MeanMotionRevolutionsPerDay = set.MeanMotionRevolutionsPerDay,
                    Eccentricity = set.Eccentricity,
                    InclinationDegrees = set.InclinationDegrees,
                    RightAscensionOfAscendingNodeDegrees = set.RightAscensionOfAscendingNodeDegrees,
                    ArgumentOfPericenterDegrees = set.ArgumentOfPericenterDegrees,
                    MeanAnomalyDegrees = set.MeanAnomalyDegrees,
                    GravitationalParameterCubicKilometersPerSecondSquared = set.GravitationalParameterCubicKilometersPerSecondSquared,
                },
                TleParameters = new OmmTleParameters
                {
                    EphemerisType = set.EphemerisType,
                    ClassificationType = set.ClassificationType,
                    NoradCatalogId = set.CatalogNumber,
                    ElementSetNumber = set.ElementSetNumber,
                    RevolutionNumberAtEpoch = set.RevolutionNumberAtEpoch,
                    BstarPerEarthRadius = set.BstarPerEarthRadius,
                    MeanMotionDotRevolutionsPerDaySquared = set.MeanMotionDotRevolutionsPerDaySquared,
                    MeanMotionDdotRevolutionsPerDayCubed = set.MeanMotionDdotRevolutionsPerDayCubed,
                },
            },
        };
    }

    /// <summary>The set as a TLE (its name line the object name, none for a 2-line set); refused with the TLE writer's
    /// diagnostics when a TLE cannot hold it (for example a catalog number above 339,999).</summary>
    public static ParseResult<Tle> ToTle(ElementSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        ParseResult<Tle> mapped = OmmConverter.ToTle(ToOmm(set, DateTimeOffset.UnixEpoch));
        return mapped.Value is null
            ? mapped
            : new ParseResult<Tle>(mapped.Value with { Name = set.ObjectName, Notation = (TleNotation)set.TleNotation }, mapped.Diagnostics);
    }
}
