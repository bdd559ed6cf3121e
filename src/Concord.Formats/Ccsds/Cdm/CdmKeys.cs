using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using CdmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Cdm.CdmSection, Concord.Formats.Ccsds.Cdm.Cdm>;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The CDM keywords of CCSDS 508.0-B-1 and the 508.0 draft v2 in their standard order, with their blocks and
/// standard units (R10): the one table that both <see cref="CdmReader"/> and <see cref="CdmWriter"/> use.</summary>
public static partial class CdmKeys
{
    /// <summary>Keyword of the version.</summary>
    public const string Version = "CCSDS_CDM_VERS";

    /// <summary>Keyword that opens an object segment (<c>OBJECT1</c> or <c>OBJECT2</c>).</summary>
    public const string ObjectKey = "OBJECT";

    /// <summary>Prefix of the user-defined keywords.</summary>
    public const string UserDefinedPrefix = "USER_DEFINED_";

    /// <summary>Every keyword in writing order (COMMENT and user-defined keywords excluded).</summary>
    internal static ImmutableArray<CdmKey> Ordered { get; } = BuildOrdered();

    /// <summary>Keyword to its definition.</summary>
    internal static FrozenDictionary<string, CdmKey> ByName { get; } = Ordered.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The 45 RTN covariance keywords, row by row (<c>CR_R</c> … <c>CTHR_THR</c>).</summary>
    public static ImmutableArray<string> RtnCovarianceKeys { get; } = [.. Ordered.Where(k => k.Section == CdmSection.RtnCovariance).Select(k => k.Name)];

    /// <summary>The 45 XYZ covariance keywords, row by row (<c>CX_X</c> … <c>CTHR_THR</c>).</summary>
    public static ImmutableArray<string> XyzCovarianceKeys { get; } = [.. Ordered.Where(k => k.Section == CdmSection.XyzCovariance).Select(k => k.Name)];

    /// <summary>True for the blocks of an object segment (metadata to additional covariance metadata).</summary>
    internal static bool IsObjectSection(CdmSection section) => section is >= CdmSection.Metadata and <= CdmSection.AdditionalCovarianceMetadata;

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static ImmutableArray<CdmKey> BuildOrdered()
    {
        var keys = new List<CdmKey>();
        AddAll((name, section, kind, unit, required, write) =>
        {
            // The DRG/SRP/THR rows of the XYZ matrix share some names with the RTN rows (CDRG_DRG…): RTN keeps them.
            if (keys.Any(k => k.Name == name))
            {
                return;
            }

            keys.Add(new CdmKey(name, section, kind, unit, required, write, keys.Count));
        });
        return [.. keys.OrderBy(k => k.Section).ThenBy(k => k.Order)];
    }
}
