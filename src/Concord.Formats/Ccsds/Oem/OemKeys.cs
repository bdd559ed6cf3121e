using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>The OEM keywords (502.0-B-3 tables 5-2, 5-3, 5-4), shared by the reader and the writer.</summary>
public static class OemKeys
{
    /// <summary>The version keyword.</summary>
    public const string Version = "CCSDS_OEM_VERS";

    /// <summary>The header keywords, in writing order.</summary>
    public static ImmutableArray<string> HeaderKeys { get; } = [Version, "CLASSIFICATION", "CREATION_DATE", "ORIGINATOR", "MESSAGE_ID"];

    /// <summary>The metadata keywords, in writing order.</summary>
    public static ImmutableArray<string> MetadataKeys { get; } =
    [
        "OBJECT_NAME", "OBJECT_ID", "CENTER_NAME", "REF_FRAME", "REF_FRAME_EPOCH", "TIME_SYSTEM", "START_TIME",
        "USEABLE_START_TIME", "USEABLE_STOP_TIME", "STOP_TIME", "INTERPOLATION", "INTERPOLATION_DEGREE",
    ];

    /// <summary>The state-vector keywords of the XML encoding, in order: EPOCH, X, Y, Z, X_DOT, Y_DOT, Z_DOT, X_DDOT, Y_DDOT, Z_DDOT.</summary>
    public static ImmutableArray<string> StateVectorKeys { get; } = ["EPOCH", "X", "Y", "Z", "X_DOT", "Y_DOT", "Z_DOT", "X_DDOT", "Y_DDOT", "Z_DDOT"];

    internal static FrozenSet<string> HeaderSet { get; } = HeaderKeys.ToFrozenSet(StringComparer.Ordinal);

    internal static FrozenSet<string> MetadataSet { get; } = MetadataKeys.ToFrozenSet(StringComparer.Ordinal);

    internal static FrozenDictionary<string, int> StateVectorIndex { get; } =
        StateVectorKeys.Select((k, i) => (k, i)).ToFrozenDictionary(p => p.k, p => p.i, StringComparer.Ordinal);

    internal static FrozenDictionary<string, int> CovarianceIndex { get; } =
        Omm.OmmKeys.CovarianceKeys.Select((k, i) => (k, i)).ToFrozenDictionary(p => p.k, p => p.i, StringComparer.Ordinal);

    internal static CcsdsUnit KilometerPerSecondSquared { get; } = new("km/s**2", "L/T2", 1_000.0);

    internal static CcsdsUnit StateVectorUnit(int index) => index switch
    {
        <= 3 => CcsdsUnit.Kilometer,
        <= 6 => CcsdsUnit.KilometerPerSecond,
        _ => KilometerPerSecondSquared,
    };

    internal static CcsdsUnit CovarianceUnit(int term)
    {
        int row = 0;
        while ((row + 1) * (row + 2) / 2 <= term)
        {
            row++;
        }

        int column = term - (row * (row + 1) / 2);
        return column >= 3 ? CcsdsUnit.SquareKilometerPerSecondSquared : row >= 3 ? CcsdsUnit.SquareKilometerPerSecond : CcsdsUnit.SquareKilometer;
    }

    internal static string? HeaderValue(OemHeader header, string key) => key switch
    {
        Version => header.Version,
        "CLASSIFICATION" => header.Classification,
        "CREATION_DATE" => header.CreationDate?.ToString(),
        "ORIGINATOR" => header.Originator,
        "MESSAGE_ID" => header.MessageId,
        _ => null,
    };

    internal static string? MetadataValue(OemMetadata metadata, string key) => key switch
    {
        "OBJECT_NAME" => metadata.ObjectName,
        "OBJECT_ID" => metadata.ObjectId,
        "CENTER_NAME" => metadata.CenterName,
        "REF_FRAME" => metadata.ReferenceFrame,
        "REF_FRAME_EPOCH" => metadata.ReferenceFrameEpoch?.ToString(),
        "TIME_SYSTEM" => metadata.TimeSystem,
        "START_TIME" => metadata.StartTime.ToString(),
        "USEABLE_START_TIME" => metadata.UseableStartTime?.ToString(),
        "USEABLE_STOP_TIME" => metadata.UseableStopTime?.ToString(),
        "STOP_TIME" => metadata.StopTime.ToString(),
        "INTERPOLATION" => metadata.Interpolation,
        "INTERPOLATION_DEGREE" => metadata.InterpolationDegree?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
