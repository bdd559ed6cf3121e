using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

/// <summary>Value conversions defined once (house style R22): enums stored by wire name, agency lists as
/// <c>,AAA,BBB,</c> (so that <c>LIKE '%,AAA,%'</c> finds a member in either provider).</summary>
internal static class HubConversions
{
    public const int MarkingLength = 16;
    public const int AgencyListLength = 1024;

    public static PropertyBuilder<Marking> HasMarkingConversion(this PropertyBuilder<Marking> property) =>
        property.HasMaxLength(MarkingLength).HasConversion(m => m.ToWireName(), s => ParseMarking(s)).IsRequired();

    public static PropertyBuilder<List<string>> HasAgencyListConversion(this PropertyBuilder<List<string>> property)
    {
        property.HasMaxLength(AgencyListLength)
            .HasConversion(list => FormatAgencyList(list), text => ParseAgencyList(text))
            .Metadata.SetValueComparer(ListComparer<string>());
        return property.IsRequired();
    }

    public static PropertyBuilder<SpaceObjectStatus> HasStatusConversion(this PropertyBuilder<SpaceObjectStatus> property) =>
        property.HasMaxLength(32).HasConversion(s => s.ToWireName(), s => ParseStatus(s)).IsRequired();

    /// <summary>Compares list-valued properties by their items, so that changing a list marks the row modified.</summary>
    public static ValueComparer<List<T>> ListComparer<T>() where T : notnull => new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
        list => list.ToList());

    public static string FormatAgencyList(IEnumerable<string> codes)
    {
        string joined = string.Join(',', codes);
        return joined.Length == 0 ? "" : $",{joined},";
    }

    public static List<string> ParseAgencyList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static SpaceObjectStatus ParseStatus(string text) =>
        SpaceObjectStatuses.TryParse(text, out SpaceObjectStatus? status)
            ? status.Value
            : throw new InvalidOperationException($"Stored object status '{text}' is unknown.");

    private static Marking ParseMarking(string text) =>
        Markings.TryParse(text, out Marking? marking)
            ? marking.Value
            : throw new InvalidOperationException($"Stored marking '{text}' is unknown.");
}
