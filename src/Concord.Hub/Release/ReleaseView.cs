namespace Concord.Hub.Release;

/// <summary>The release decisions of one viewer at one instant (see <see cref="ReleasePolicy"/>). Immutable and
/// thread-safe.</summary>
public sealed class ReleaseView
{
    internal ReleaseView(string? viewerAgency, DateTimeOffset now)
    {
        ViewerAgency = viewerAgency;
        Now = now;
    }

    /// <summary>The viewer's agency code; <see langword="null"/> for hub-level keys.</summary>
    public string? ViewerAgency { get; }

    /// <summary>The instant the decisions are made for (embargoes, expiries).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Decides one record, with the reason.</summary>
    public ReleaseDecision Decide(ReleasableRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (ViewerAgency is not null && string.Equals(record.Originator, ViewerAgency, StringComparison.Ordinal))
        {
            return new ReleaseDecision(true, ReleaseReasons.Originator, null, $"{ViewerAgency} submitted this record.");
        }

        if (record.Marking == Marking.Public)
        {
            return new ReleaseDecision(true, ReleaseReasons.Public, null, "The record is marked public.");
        }

        if (ViewerAgency is null)
        {
            return new ReleaseDecision(false, ReleaseReasons.NoAgency, null, "Keys without an agency see public records only.");
        }

        if (record.Marking == Marking.Restricted)
        {
            return record.RelTo.Contains(ViewerAgency, StringComparer.Ordinal)
                ? new ReleaseDecision(true, ReleaseReasons.RelTo, null, $"The originator released the record to {ViewerAgency}.")
                : new ReleaseDecision(false, ReleaseReasons.NotReleasedTo, null, $"The record is restricted and not released to {ViewerAgency}.");
        }

        return new ReleaseDecision(false, ReleaseReasons.NoAgreement, null,
            $"No active agreement between {record.Originator} and {ViewerAgency} covers {record.Category.ToWireName()} for this object.");
    }

    /// <summary>Whether the viewer may see the record.</summary>
    public bool IsReleased(ReleasableRecord record) => Decide(record).Released;

    /// <summary>The items the viewer may see, in their order.</summary>
    public IEnumerable<T> Filter<T>(IEnumerable<T> items, Func<T, ReleasableRecord> describe)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(describe);
        return items.Where(item => IsReleased(describe(item)));
    }
}
