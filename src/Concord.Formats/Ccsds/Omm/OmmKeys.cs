using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using OmmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Omm.OmmSection, Concord.Formats.Ccsds.Omm.Omm>;

namespace Concord.Formats.Ccsds.Omm;

/// <summary>The OMM keywords of CCSDS 502.0-B-3 in their standard order, with their blocks and standard units (R10):
/// the one table that both <see cref="OmmReader"/> and <see cref="OmmWriter"/> use.</summary>
public static class OmmKeys
{
    /// <summary>The 21 covariance keywords, row by row of the lower triangle (<c>CX_X</c> … <c>CZ_DOT_Z_DOT</c>).</summary>
    public static ImmutableArray<string> CovarianceKeys { get; } =
    [
        "CX_X", "CY_X", "CY_Y", "CZ_X", "CZ_Y", "CZ_Z",
        "CX_DOT_X", "CX_DOT_Y", "CX_DOT_Z", "CX_DOT_X_DOT",
        "CY_DOT_X", "CY_DOT_Y", "CY_DOT_Z", "CY_DOT_X_DOT", "CY_DOT_Y_DOT",
        "CZ_DOT_X", "CZ_DOT_Y", "CZ_DOT_Z", "CZ_DOT_X_DOT", "CZ_DOT_Y_DOT", "CZ_DOT_Z_DOT",
    ];

    // The keywords 502.0-B-3 requires in their block (MEAN_MOTION or SEMI_MAJOR_AXIS: one of the two, so neither alone).
    private static readonly FrozenSet<string> s_required = new[]
    {
        Version, "CREATION_DATE", "ORIGINATOR", "OBJECT_NAME", "OBJECT_ID", "CENTER_NAME", "REF_FRAME", "TIME_SYSTEM", "MEAN_ELEMENT_THEORY",
        "EPOCH", "ECCENTRICITY", "INCLINATION", "RA_OF_ASC_NODE", "ARG_OF_PERICENTER", "MEAN_ANOMALY",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prefix of the user-defined keywords.</summary>
    public const string UserDefinedPrefix = "USER_DEFINED_";

    /// <summary>Keyword of the version.</summary>
    public const string Version = "CCSDS_OMM_VERS";

    private static readonly (ImmutableArray<OmmKey> Keys, FrozenDictionary<string, ReadHandler> Readers) s_table = BuildTable();

    /// <summary>Reads a keyword's value into the builder of the message being parsed.</summary>
    internal delegate void ReadHandler(OmmBuilder builder, in CcsdsToken token, CcsdsParseContext context);

    /// <summary>Every keyword in writing order (covariance and user-defined ones included, COMMENT excluded).</summary>
    internal static ImmutableArray<OmmKey> Ordered => s_table.Keys;

    /// <summary>Keyword to how its value is read into the <see cref="OmmBuilder"/>.</summary>
    internal static FrozenDictionary<string, ReadHandler> Readers => s_table.Readers;

    /// <summary>Keyword to its definition (user-defined keywords excluded: they are matched by prefix).</summary>
    internal static FrozenDictionary<string, OmmKey> ByName { get; } = Ordered.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static (ImmutableArray<OmmKey> Keys, FrozenDictionary<string, ReadHandler> Readers) BuildTable()
    {
        var keys = ImmutableArray.CreateBuilder<OmmKey>();
        var readers = new Dictionary<string, ReadHandler>(StringComparer.Ordinal);
        void Add(string name, OmmSection section, CcsdsValueKind kind, CcsdsUnit? unit, ReadHandler read, Func<Omm, string?> write)
        {
            keys.Add(new OmmKey(name, section, kind, unit, s_required.Contains(name), (o, _) => write(o), keys.Count));
            readers.Add(name, read);
        }

        void Text(string name, OmmSection section, ReadHandler read, Func<Omm, string?> write)
            => Add(name, section, CcsdsValueKind.Text, null, read, write);
        void Date(string name, OmmSection section, ReadHandler read, Func<Omm, string?> write)
            => Add(name, section, CcsdsValueKind.Date, null, read, write);
        void Real(string name, OmmSection section, CcsdsUnit unit, Action<OmmBuilder, double?> set, Func<Omm, double?> get)
            => Add(name, section, CcsdsValueKind.Real, unit, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => set(b, c.Double(t, unit)), o => Number(get(o)));
        void Whole(string name, OmmSection section, Action<OmmBuilder, int?> set, Func<Omm, int?> get)
            => Add(name, section, CcsdsValueKind.Whole, null, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => set(b, c.Int(t)), o => Number(get(o)));

        const OmmSection H = OmmSection.Header;
        const OmmSection M = OmmSection.Metadata;
        const OmmSection E = OmmSection.MeanElements;
        const OmmSection S = OmmSection.SpacecraftParameters;
        const OmmSection T = OmmSection.TleParameters;
        const OmmSection C = OmmSection.Covariance;

        Text(Version, H, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.Version = CcsdsParseContext.Text(t), o => o.Header.Version);
        Text("CLASSIFICATION", H, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.Classification = CcsdsParseContext.Text(t), o => o.Header.Classification);
        Date("CREATION_DATE", H, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.CreationDate = c.Date(t), o => o.Header.CreationDate?.ToString());
        Text("ORIGINATOR", H, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.Originator = CcsdsParseContext.Text(t), o => o.Header.Originator);
        Text("MESSAGE_ID", H, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.MessageId = CcsdsParseContext.Text(t), o => o.Header.MessageId);

        Text("OBJECT_NAME", M, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.ObjectName = CcsdsParseContext.Text(t), o => o.Metadata.ObjectName);
        Text("OBJECT_ID", M, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.ObjectId = CcsdsParseContext.Text(t), o => o.Metadata.ObjectId);
        Text("CENTER_NAME", M, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.CenterName = CcsdsParseContext.Text(t), o => o.Metadata.CenterName);
        Text("REF_FRAME", M, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.ReferenceFrame = CcsdsParseContext.Text(t), o => o.Metadata.ReferenceFrame);
        Date("REF_FRAME_EPOCH", M, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.ReferenceFrameEpoch = c.Date(t), o => o.Metadata.ReferenceFrameEpoch?.ToString());
        Text("TIME_SYSTEM", M, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.TimeSystem = CcsdsParseContext.Text(t), o => o.Metadata.TimeSystem);
        Text("MEAN_ELEMENT_THEORY", M, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.MeanElementTheory = CcsdsParseContext.Text(t), o => o.Metadata.MeanElementTheory);

        Date("EPOCH", E, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.Epoch = c.Date(t), o => o.Data.MeanElements.Epoch.ToString());
        Real("SEMI_MAJOR_AXIS", E, CcsdsUnit.Kilometer, (b, v) => b.SemiMajorAxis = v, o => o.Data.MeanElements.SemiMajorAxisKilometers);
        Real("MEAN_MOTION", E, CcsdsUnit.RevolutionPerDay, (b, v) => b.MeanMotion = v, o => o.Data.MeanElements.MeanMotionRevolutionsPerDay);
        Real("ECCENTRICITY", E, CcsdsUnit.None, (b, v) => b.Eccentricity = v, o => o.Data.MeanElements.Eccentricity);
        Real("INCLINATION", E, CcsdsUnit.Degree, (b, v) => b.Inclination = v, o => o.Data.MeanElements.InclinationDegrees);
        Real("RA_OF_ASC_NODE", E, CcsdsUnit.Degree, (b, v) => b.RightAscension = v, o => o.Data.MeanElements.RightAscensionOfAscendingNodeDegrees);
        Real("ARG_OF_PERICENTER", E, CcsdsUnit.Degree, (b, v) => b.ArgumentOfPericenter = v, o => o.Data.MeanElements.ArgumentOfPericenterDegrees);
        Real("MEAN_ANOMALY", E, CcsdsUnit.Degree, (b, v) => b.MeanAnomaly = v, o => o.Data.MeanElements.MeanAnomalyDegrees);
        Real("GM", E, CcsdsUnit.CubicKilometerPerSecondSquared, (b, v) => b.Gm = v, o => o.Data.MeanElements.GravitationalParameterCubicKilometersPerSecondSquared);

        Real("MASS", S, CcsdsUnit.Kilogram, (b, v) => b.Mass = v, o => o.Data.SpacecraftParameters?.MassKilograms);
        Real("SOLAR_RAD_AREA", S, CcsdsUnit.SquareMeter, (b, v) => b.SolarRadArea = v, o => o.Data.SpacecraftParameters?.SolarRadiationPressureAreaSquareMeters);
        Real("SOLAR_RAD_COEFF", S, CcsdsUnit.None, (b, v) => b.SolarRadCoefficient = v, o => o.Data.SpacecraftParameters?.SolarRadiationPressureCoefficient);
        Real("DRAG_AREA", S, CcsdsUnit.SquareMeter, (b, v) => b.DragArea = v, o => o.Data.SpacecraftParameters?.DragAreaSquareMeters);
        Real("DRAG_COEFF", S, CcsdsUnit.None, (b, v) => b.DragCoefficient = v, o => o.Data.SpacecraftParameters?.DragCoefficient);

        Whole("EPHEMERIS_TYPE", T, (b, v) => b.EphemerisType = v, o => o.Data.TleParameters?.EphemerisType);
        Text("CLASSIFICATION_TYPE", T, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.ClassificationType = CcsdsParseContext.Text(t), o => o.Data.TleParameters?.ClassificationType);
        Whole("NORAD_CAT_ID", T, (b, v) => b.NoradCatalogId = v, o => o.Data.TleParameters?.NoradCatalogId);
        Whole("ELEMENT_SET_NO", T, (b, v) => b.ElementSetNumber = v, o => o.Data.TleParameters?.ElementSetNumber);
        Whole("REV_AT_EPOCH", T, (b, v) => b.RevolutionNumber = v, o => o.Data.TleParameters?.RevolutionNumberAtEpoch);
        Real("BSTAR", T, CcsdsUnit.PerEarthRadius, (b, v) => b.Bstar = v, o => o.Data.TleParameters?.BstarPerEarthRadius);
        Real("BTERM", T, CcsdsUnit.SquareMeterPerKilogram, (b, v) => b.Bterm = v, o => o.Data.TleParameters?.BtermSquareMetersPerKilogram);
        Real("MEAN_MOTION_DOT", T, CcsdsUnit.RevolutionPerDaySquared, (b, v) => b.MeanMotionDot = v, o => o.Data.TleParameters?.MeanMotionDotRevolutionsPerDaySquared);
        Real("MEAN_MOTION_DDOT", T, CcsdsUnit.RevolutionPerDayCubed, (b, v) => b.MeanMotionDdot = v, o => o.Data.TleParameters?.MeanMotionDdotRevolutionsPerDayCubed);
        Real("AGOM", T, CcsdsUnit.SquareMeterPerKilogram, (b, v) => b.Agom = v, o => o.Data.TleParameters?.AgomSquareMetersPerKilogram);

        Text("COV_REF_FRAME", C, (OmmBuilder b, in CcsdsToken t, CcsdsParseContext c) => b.CovarianceFrame = CcsdsParseContext.Text(t), o => o.Data.Covariance?.ReferenceFrame);
        int index = 0;
        for (int row = 0; row < 6; row++)
        {
            for (int column = 0; column <= row; column++)
            {
                int term = index++;
                CcsdsUnit unit = column >= 3 ? CcsdsUnit.SquareKilometerPerSecondSquared
                    : row >= 3 ? CcsdsUnit.SquareKilometerPerSecond : CcsdsUnit.SquareKilometer;
                Real(CovarianceKeys[term], C, unit, (b, v) => b.Covariance[term] = v, o => o.Data.Covariance?.LowerTriangle[term]);
            }
        }

        return (keys.ToImmutable(), readers.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
