using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using OemKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Oem.OemSection, Concord.Formats.Ccsds.Oem.Oem>;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>The OEM keywords (502.0-B-3 tables 5-2, 5-3, 5-4), shared by the reader and the writer.</summary>
public static class OemKeys
{
    /// <summary>The version keyword.</summary>
    public const string Version = "CCSDS_OEM_VERS";

    /// <summary>The header and metadata keywords in writing order (the data are lines or, in XML, <see cref="StateVectorKeys"/>);
    /// the repeated part given to Write is the segment.</summary>
    internal static ImmutableArray<OemKey> Ordered { get; } = BuildOrdered();

    /// <summary>Keyword to its definition.</summary>
    internal static FrozenDictionary<string, OemKey> ByName { get; } = Ordered.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The header keywords, in writing order.</summary>
    public static ImmutableArray<string> HeaderKeys { get; } = [.. Ordered.Where(k => k.Section == OemSection.Header).Select(k => k.Name)];

    /// <summary>The metadata keywords, in writing order.</summary>
    public static ImmutableArray<string> MetadataKeys { get; } = [.. Ordered.Where(k => k.Section == OemSection.Metadata).Select(k => k.Name)];

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

    private static ImmutableArray<OemKey> BuildOrdered()
    {
        var keys = ImmutableArray.CreateBuilder<OemKey>();
        void Header(string name, CcsdsValueKind kind, bool required, Func<OemHeader, string?> write)
            => keys.Add(new OemKey(name, OemSection.Header, kind, null, required, (o, _) => write(o.Header), keys.Count));
        void Metadata(string name, CcsdsValueKind kind, bool required, Func<OemMetadata, string?> write)
            => keys.Add(new OemKey(name, OemSection.Metadata, kind, null, required, (o, segment) => write(o.Segments[segment].Metadata), keys.Count));
        const CcsdsValueKind T = CcsdsValueKind.Text;
        const CcsdsValueKind D = CcsdsValueKind.Date;

        Header(Version, T, true, h => h.Version);
        Header("CLASSIFICATION", T, false, h => h.Classification);
        Header("CREATION_DATE", D, true, h => h.CreationDate?.ToString());
        Header("ORIGINATOR", T, true, h => h.Originator);
        Header("MESSAGE_ID", T, false, h => h.MessageId);

        Metadata("OBJECT_NAME", T, true, m => m.ObjectName);
        Metadata("OBJECT_ID", T, true, m => m.ObjectId);
        Metadata("CENTER_NAME", T, true, m => m.CenterName);
        Metadata("REF_FRAME", T, true, m => m.ReferenceFrame);
        Metadata("REF_FRAME_EPOCH", D, false, m => m.ReferenceFrameEpoch?.ToString());
        Metadata("TIME_SYSTEM", T, true, m => m.TimeSystem);
        Metadata("START_TIME", D, true, m => m.StartTime.ToString());
        Metadata("USEABLE_START_TIME", D, false, m => m.UseableStartTime?.ToString());
        Metadata("USEABLE_STOP_TIME", D, false, m => m.UseableStopTime?.ToString());
        Metadata("STOP_TIME", D, true, m => m.StopTime.ToString());
        Metadata("INTERPOLATION", T, false, m => m.Interpolation);
        Metadata("INTERPOLATION_DEGREE", CcsdsValueKind.Whole, false, m => m.InterpolationDegree?.ToString(CultureInfo.InvariantCulture));
        return keys.ToImmutable();
    }
}
