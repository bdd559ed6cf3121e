using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using OpmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Opm.OpmSection, Concord.Formats.Ccsds.Opm.Opm>;

namespace Concord.Formats.Ccsds.Opm;

/// <summary>The OPM keywords (502.0-B-3 tables 3-1 to 3-3) with their section, kind and standard unit, shared by reader and writer.</summary>
public static class OpmKeys
{
    /// <summary>The version keyword.</summary>
    public const string Version = "CCSDS_OPM_VERS";

    /// <summary>The prefix of user-defined keywords.</summary>
    public const string UserDefinedPrefix = "USER_DEFINED_";

    /// <summary>The keyword that opens a maneuver.</summary>
    public const string ManeuverStart = "MAN_EPOCH_IGNITION";

    /// <summary>
    /// The reference frame names accepted in REF_FRAME (502.0-B-3 annex A and the SANA registry, with the common aliases
    /// J2000 and ITRF1997-style names). Frames are checked at parse time, as Orekit does.
    /// </summary>
    public static FrozenSet<string> KnownFrames { get; } = new[]
    {
        "EME2000", "J2000", "GCRF", "GRC", "ICRF", "ITRF2000", "ITRF-93", "ITRF-97", "ITRF93", "ITRF97", "ITRF1993", "ITRF1997",
        "ITRF2005", "ITRF2008", "ITRF2014", "ITRF2020", "ITRF", "MCI", "TDR", "TEME", "TOD", "MOD", "B1950", "ECLIPJ2000",
        "RTN", "TNW", "RSW", "QSW", "LVLH", "NSW", "EFG", "CIRF", "TIRF", "ECI", "ECF",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The keywords 502.0-B-3 requires in their block (the optional blocks' own when the block is given).
    private static readonly FrozenSet<string> s_required = new[]
    {
        Version, "CREATION_DATE", "ORIGINATOR", "OBJECT_NAME", "OBJECT_ID", "CENTER_NAME", "REF_FRAME", "TIME_SYSTEM",
        "EPOCH", "X", "Y", "Z", "X_DOT", "Y_DOT", "Z_DOT",
        "SEMI_MAJOR_AXIS", "ECCENTRICITY", "INCLINATION", "RA_OF_ASC_NODE", "ARG_OF_PERICENTER", "GM",
        ManeuverStart, "MAN_DURATION", "MAN_DELTA_MASS", "MAN_REF_FRAME", "MAN_DV_1", "MAN_DV_2", "MAN_DV_3",
    }.Concat(Omm.OmmKeys.CovarianceKeys).ToFrozenSet(StringComparer.Ordinal);

    internal static ImmutableArray<OpmKey> Ordered { get; } = BuildOrdered();

    internal static FrozenDictionary<string, OpmKey> ByName { get; } = Ordered.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    internal static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static ImmutableArray<OpmKey> BuildOrdered()
    {
        var keys = ImmutableArray.CreateBuilder<OpmKey>();
        // The repeated part of an OPM is the maneuver: the index given to Write is the maneuver's, -1 outside maneuvers.
        void Add(string name, OpmSection section, CcsdsValueKind kind, CcsdsUnit? unit, Func<Opm, OpmManeuver?, string?> write)
            => keys.Add(new OpmKey(name, section, kind, unit, s_required.Contains(name),
                (o, maneuver) => write(o, maneuver >= 0 ? o.Data.Maneuvers[maneuver] : null), keys.Count));
        const CcsdsValueKind T = CcsdsValueKind.Text;
        const CcsdsValueKind D = CcsdsValueKind.Date;
        const CcsdsValueKind R = CcsdsValueKind.Real;
        const OpmSection H = OpmSection.Header;
        const OpmSection M = OpmSection.Metadata;
        const OpmSection V = OpmSection.StateVector;
        const OpmSection K = OpmSection.KeplerianElements;
        const OpmSection S = OpmSection.SpacecraftParameters;
        const OpmSection C = OpmSection.Covariance;
        const OpmSection N = OpmSection.Maneuver;

        Add(Version, H, T, null, (o, _) => o.Header.Version);
        Add("CLASSIFICATION", H, T, null, (o, _) => o.Header.Classification);
        Add("CREATION_DATE", H, D, null, (o, _) => o.Header.CreationDate?.ToString());
        Add("ORIGINATOR", H, T, null, (o, _) => o.Header.Originator);
        Add("MESSAGE_ID", H, T, null, (o, _) => o.Header.MessageId);

        Add("OBJECT_NAME", M, T, null, (o, _) => o.Metadata.ObjectName);
        Add("OBJECT_ID", M, T, null, (o, _) => o.Metadata.ObjectId);
        Add("CENTER_NAME", M, T, null, (o, _) => o.Metadata.CenterName);
        Add("REF_FRAME", M, T, null, (o, _) => o.Metadata.ReferenceFrame);
        Add("REF_FRAME_EPOCH", M, D, null, (o, _) => o.Metadata.ReferenceFrameEpoch?.ToString());
        Add("TIME_SYSTEM", M, T, null, (o, _) => o.Metadata.TimeSystem);

        Add("EPOCH", V, D, null, (o, _) => o.Data.StateVector.Epoch.ToString());
        Add("X", V, R, CcsdsUnit.Kilometer, (o, _) => Number(o.Data.StateVector.XKilometers));
        Add("Y", V, R, CcsdsUnit.Kilometer, (o, _) => Number(o.Data.StateVector.YKilometers));
        Add("Z", V, R, CcsdsUnit.Kilometer, (o, _) => Number(o.Data.StateVector.ZKilometers));
        Add("X_DOT", V, R, CcsdsUnit.KilometerPerSecond, (o, _) => Number(o.Data.StateVector.XDotKilometersPerSecond));
        Add("Y_DOT", V, R, CcsdsUnit.KilometerPerSecond, (o, _) => Number(o.Data.StateVector.YDotKilometersPerSecond));
        Add("Z_DOT", V, R, CcsdsUnit.KilometerPerSecond, (o, _) => Number(o.Data.StateVector.ZDotKilometersPerSecond));

        Add("SEMI_MAJOR_AXIS", K, R, CcsdsUnit.Kilometer, (o, _) => Number(o.Data.KeplerianElements?.SemiMajorAxisKilometers));
        Add("ECCENTRICITY", K, R, CcsdsUnit.None, (o, _) => Number(o.Data.KeplerianElements?.Eccentricity));
        Add("INCLINATION", K, R, CcsdsUnit.Degree, (o, _) => Number(o.Data.KeplerianElements?.InclinationDegrees));
        Add("RA_OF_ASC_NODE", K, R, CcsdsUnit.Degree, (o, _) => Number(o.Data.KeplerianElements?.RightAscensionOfAscendingNodeDegrees));
        Add("ARG_OF_PERICENTER", K, R, CcsdsUnit.Degree, (o, _) => Number(o.Data.KeplerianElements?.ArgumentOfPericenterDegrees));
        Add("TRUE_ANOMALY", K, R, CcsdsUnit.Degree, (o, _) => Number(o.Data.KeplerianElements?.TrueAnomalyDegrees));
        Add("MEAN_ANOMALY", K, R, CcsdsUnit.Degree, (o, _) => Number(o.Data.KeplerianElements?.MeanAnomalyDegrees));
        Add("GM", K, R, CcsdsUnit.CubicKilometerPerSecondSquared, (o, _) => Number(o.Data.KeplerianElements?.GravitationalParameterCubicKilometersPerSecondSquared));

        Add("MASS", S, R, CcsdsUnit.Kilogram, (o, _) => Number(o.Data.SpacecraftParameters?.MassKilograms));
        Add("SOLAR_RAD_AREA", S, R, CcsdsUnit.SquareMeter, (o, _) => Number(o.Data.SpacecraftParameters?.SolarRadiationPressureAreaSquareMeters));
        Add("SOLAR_RAD_COEFF", S, R, CcsdsUnit.None, (o, _) => Number(o.Data.SpacecraftParameters?.SolarRadiationPressureCoefficient));
        Add("DRAG_AREA", S, R, CcsdsUnit.SquareMeter, (o, _) => Number(o.Data.SpacecraftParameters?.DragAreaSquareMeters));
        Add("DRAG_COEFF", S, R, CcsdsUnit.None, (o, _) => Number(o.Data.SpacecraftParameters?.DragCoefficient));

        Add("COV_REF_FRAME", C, T, null, (o, _) => o.Data.Covariance?.ReferenceFrame);
        for (int term = 0; term < OpmCovariance.TermCount; term++)
        {
            int index = term;
            Add(Omm.OmmKeys.CovarianceKeys[term], C, R, Oem.OemKeys.CovarianceUnit(term), (o, _) => Number(o.Data.Covariance?.LowerTriangle[index]));
        }

        Add(ManeuverStart, N, D, null, (_, m) => m?.EpochIgnition.ToString());
        Add("MAN_DURATION", N, R, CcsdsUnit.Second, (_, m) => Number(m?.DurationSeconds));
        Add("MAN_DELTA_MASS", N, R, CcsdsUnit.Kilogram, (_, m) => Number(m?.DeltaMassKilograms));
        Add("MAN_REF_FRAME", N, T, null, (_, m) => m?.ReferenceFrame);
        Add("MAN_DV_1", N, R, CcsdsUnit.KilometerPerSecond, (_, m) => Number(m?.DeltaV1KilometersPerSecond));
        Add("MAN_DV_2", N, R, CcsdsUnit.KilometerPerSecond, (_, m) => Number(m?.DeltaV2KilometersPerSecond));
        Add("MAN_DV_3", N, R, CcsdsUnit.KilometerPerSecond, (_, m) => Number(m?.DeltaV3KilometersPerSecond));
        return keys.ToImmutable();
    }
}
