using Concord.Hub.Agreements;

namespace Concord.Hub.Release;

/// <summary>The release decisions of one viewer at one instant (see <see cref="ReleasePolicy"/>). Immutable and
/// thread-safe.</summary>
public sealed class ReleaseView
{
    private readonly Agreement[] _agreements;

    internal ReleaseView(string? viewerAgency, DateTimeOffset now)
        : this(viewerAgency, now, [])
    {
    }

    /// <param name="viewerAgency">The viewer's agency code.</param>
    /// <param name="now">The instant of the decisions.</param>
    /// <param name="agreements">The viewer's agreements, untracked; the view never changes them, and uses only those
    /// active at <paramref name="now"/> with the viewer as a party.</param>
    internal ReleaseView(string? viewerAgency, DateTimeOffset now, IEnumerable<Agreement> agreements)
    {
        ViewerAgency = viewerAgency;
        Now = now;
        _agreements = viewerAgency is null
            ? []
            : agreements.Where(a => a.StatusAt(now) == AgreementStatus.Active && a.HasParty(viewerAgency)).ToArray();
    }

    /// <summary>The viewer's agency code; <see langword="null"/> for hub-level keys.</summary>
    public string? ViewerAgency { get; }

    /// <summary>The instant the decisions are made for (embargoes, expiries).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Decides one record, with the reason.</summary>
    /// <remarks>A <c>partners</c> record is released under the first of the viewer's active agreements (oldest
    /// activation first) that has the originator as a party, includes the record's category, covers its object
    /// (<see cref="Agreement.CoversObject"/>) and whose embargo has passed (<c>StoredAt + embargo &lt;= Now</c>). When
    /// agreements cover it but every embargo is still running, the reason is <see cref="ReleaseReasons.Embargoed"/>. A
    /// conjunction (<see cref="DataCategory.Conjunctions"/>) is released under an agreement only when its
    /// <see cref="ReleasableRecord.Pc"/> is at least the agreement's <see cref="Agreement.MinimumPc"/> (an unknown Pc is
    /// below any minimum); when that alone withholds it, the reason is <see cref="ReleaseReasons.BelowMinimumPc"/>. The
    /// duty to warn (<see cref="DecideDerived"/>) does not depend on it.</remarks>
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

        return DecidePartners(record, ViewerAgency);
    }

    /// <summary>Decides what the viewer learns of a product the hub derived from several objects' records (a conjunction,
    /// its CDMs and geometry; later proximity alerts and other space events), per viewer and per input object
    /// (THREATS invariant 2).</summary>
    /// <remarks>
    /// <para>Input k's data is released exactly when <see cref="Decide"/> releases the record the hub used for k.</para>
    /// <para>In order: (1) every input released: <see cref="DerivedDetail.Full"/>, since the viewer could compute the
    /// product itself (two public objects' conjunctions are everyone's, as SOCRATES publishes them); (2) the viewer's agency
    /// is the confirmed owner of an input: <see cref="DerivedDetail.Encounter"/> by the duty to warn, without any agreement;
    /// (3) an active agreement with the confirmed owner of an input covers <paramref name="category"/> for that object
    /// (the product treated as a record of that owner marked <c>partners</c>, stored at <paramref name="storedAt"/>, with
    /// its <paramref name="pc"/> against the agreement's <c>minimumPc</c>): <see cref="DerivedDetail.Encounter"/>;
    /// (4) otherwise nothing, and the product is absent. In (2) and (3) only released inputs show their data: the hub
    /// computes with records neither party sees (clean-room screening).</para>
    /// </remarks>
    public DerivedDecision DecideDerived(DataCategory category, DateTimeOffset storedAt, double? pc, IReadOnlyList<DerivedInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        bool[] released = [.. inputs.Select(i => i.Source is { } source && Decide(source).Released)];
        bool[] owned = [.. inputs.Select(i => ViewerAgency is not null && string.Equals(i.ConfirmedOwner, ViewerAgency, StringComparison.Ordinal))];
        if (inputs.Count > 0 && Array.TrueForAll(released, r => r))
        {
            return new DerivedDecision(DerivedDetail.Full, released, owned, ReleaseReasons.InputsReleased, null,
                "The record the hub used for every object is released to the viewer.");
        }

        if (owned.Contains(true))
        {
            return new DerivedDecision(DerivedDetail.Encounter, released, owned, ReleaseReasons.DutyToWarn, null,
                $"{ViewerAgency} owns an endangered object: it is warned without any agreement; other objects' data only as released.");
        }

        ReleaseDecision? withheld = null;
        foreach (DerivedInput input in inputs.Where(i => i.ConfirmedOwner is not null))
        {
            ReleaseDecision decision = Decide(new ReleasableRecord(input.ConfirmedOwner!, Marking.Partners, [], category, input.CatalogNumber,
                input.ConfirmedOwner, storedAt)
            {
                Pc = pc,
            });
            if (decision.Released)
            {
                return new DerivedDecision(DerivedDetail.Encounter, released, owned, decision.Reason, decision.AgreementId, decision.Explanation);
            }

            // The most telling reason: an agreement that covers the product but withholds it (embargo, minimum Pc).
            if (withheld is null || withheld.Reason == ReleaseReasons.NoAgreement)
            {
                withheld = decision;
            }
        }

        return new DerivedDecision(DerivedDetail.None, released, owned, withheld?.Reason ?? ReleaseReasons.NoAgreement, null,
            withheld?.Explanation ?? "No object's record is released to the viewer and no owner shares this product with it.");
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

    private ReleaseDecision DecidePartners(ReleasableRecord record, string viewer)
    {
        string category = record.Category.ToWireName();
        Agreement? embargoedBy = null;
        Agreement? belowMinimumOf = null;
        DateTimeOffset embargoEnd = DateTimeOffset.MaxValue;
        foreach (Agreement agreement in _agreements)
        {
            if (!agreement.HasParty(record.Originator)
                || !agreement.Categories.Contains(record.Category)
                || !agreement.CoversObject(record.CatalogNumber, record.ObjectOwner))
            {
                continue;
            }

            if (record.Category == DataCategory.Conjunctions && agreement.MinimumPc is { } minimum && !(record.Pc >= minimum))
            {
                belowMinimumOf ??= agreement;
                continue;
            }

            DateTimeOffset releaseAt = record.StoredAt.AddMinutes(agreement.EmbargoMinutes);
            if (releaseAt <= Now)
            {
                return new ReleaseDecision(true, ReleaseReasons.Agreement, agreement.Id,
                    $"Agreement \"{agreement.Title}\" ({agreement.Id:D}) between {record.Originator} and {viewer} covers "
                    + $"{category} for this object ({agreement.ObjectScope.ToWireName()}), and its {agreement.EmbargoMinutes}-minute embargo has passed.");
            }

            if (releaseAt < embargoEnd)
            {
                embargoEnd = releaseAt;
                embargoedBy = agreement;
            }
        }

        if (embargoedBy is not null)
        {
            return new ReleaseDecision(false, ReleaseReasons.Embargoed, null,
                $"Agreement \"{embargoedBy.Title}\" ({embargoedBy.Id:D}) covers this record, but its {embargoedBy.EmbargoMinutes}-minute "
                + $"embargo runs until {embargoEnd.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}.");
        }

        return belowMinimumOf is not null
            ? new ReleaseDecision(false, ReleaseReasons.BelowMinimumPc, null,
                $"Agreement \"{belowMinimumOf.Title}\" ({belowMinimumOf.Id:D}) covers this conjunction only from a probability of collision of "
                + $"{belowMinimumOf.MinimumPc!.Value.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)}; its Pc is "
                + (record.Pc is { } pc ? pc.ToString("G3", System.Globalization.CultureInfo.InvariantCulture) : "unknown") + ".")
            : new ReleaseDecision(false, ReleaseReasons.NoAgreement, null,
                $"No active agreement between {record.Originator} and {viewer} covers {category} for this object.");
    }
}
