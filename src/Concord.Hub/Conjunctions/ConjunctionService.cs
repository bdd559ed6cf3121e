using Concord.Astro.Time;
using Concord.Formats.Ccsds.Cdm;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Conjunctions;

/// <summary>Reads conjunction events through the release policy. Scoped (one per request).</summary>
/// <remarks>Each event is decided per viewer and per object by <see cref="ReleaseView.DecideDerived"/> over the records the
/// hub used for its two objects (<see cref="ConjunctionSide"/>) and their confirmed owners: a viewer to whom both records
/// are released sees it in full; a confirmed owner of either object (duty to warn) and the partners of an owner whose
/// agreement covers <c>conjunctions</c> see the encounter, with each object's data only where its record is released;
/// everyone else gets nothing, and the event is absent for it. Filters (<c>object</c>, <c>agency</c>) match only objects
/// and owners the viewer may identify, so that neither a filter nor a count reveals a withheld object.</remarks>
public sealed class ConjunctionService(HubDbContext db, ReleasePolicy policy)
{
    /// <summary>One page of the events the viewer may learn of, by TCA then id, without their history.</summary>
    public async Task<HubPage<ReleasedConjunction>> ListAsync(Actor viewer, ConjunctionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, ConjunctionQuery.MaxLimit);
        IQueryable<ConjunctionEvent> events = db.ConjunctionEvents.AsNoTracking();
        if (query.RiskLevel is { } risk)
        {
            events = events.Where(e => e.RiskLevel == risk);
        }

        if (query.CatalogNumber is { } number)
        {
            events = events.Where(e => e.PrimaryCatalogNumber == number || e.SecondaryCatalogNumber == number);
        }

        if (query.Agency is { } agency)
        {
            IQueryable<int> owned = db.SpaceObjects.Where(o => o.Owner == agency && o.Claim == ClaimStatus.Confirmed)
                .Select(o => o.CatalogNumber);
            events = events.Where(e => owned.Contains(e.PrimaryCatalogNumber) || owned.Contains(e.SecondaryCatalogNumber));
        }

        if (query.TcaFrom is { } from)
        {
            events = events.Where(e => e.Tca >= from);
        }

        if (query.TcaTo is { } to)
        {
            events = events.Where(e => e.Tca <= to);
        }

        // Keyset paging on (TCA, id): rows are read in batches after the cursor and released here, until the page and one
        // more released event are found or the rows end, so a page never counts or skips what the viewer may not see.
        var page = new List<ReleasedConjunction>(query.Limit + 1);
        int batch = Math.Max(query.Limit + 1, MinScanBatch);
        ConjunctionCursor? after = query.After;
        while (page.Count <= query.Limit)
        {
            IQueryable<ConjunctionEvent> rest = events;
            if (after is { } cursor)
            {
                Epoch tca = cursor.Tca;
                Guid id = cursor.Id;
                rest = rest.Where(e => e.Tca > tca || (e.Tca == tca && e.Id.CompareTo(id) > 0));
            }

            List<ConjunctionEvent> rows = await rest.OrderBy(e => e.Tca).ThenBy(e => e.Id).Take(batch)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            IReadOnlyList<ReleasedConjunction> released = await ReleaseAsync(viewer, rows, cancellationToken).ConfigureAwait(false);
            // The filters narrowed the rows; they match only what the viewer may identify (an object whose record is
            // withheld is not one the viewer can ask about).
            page.AddRange(released.Where(r => (query.CatalogNumber is not { } n || r.Identifies(n)) && (query.Agency is not { } a || r.IdentifiesOwner(a)))
                .Take(query.Limit + 1 - page.Count));
            if (rows.Count < batch)
            {
                break;
            }

            after = new ConjunctionCursor(rows[^1].Tca, rows[^1].Id);
        }

        return page.Count > query.Limit ? new HubPage<ReleasedConjunction>(page[..query.Limit], HasMore: true) : new HubPage<ReleasedConjunction>(page, HasMore: false);
    }

    /// <summary>Fewest rows read per batch of a listing (release decisions drop some).</summary>
    private const int MinScanBatch = 200;

    /// <summary>One event with its history (oldest update first), or null when it does not exist or the viewer may not
    /// learn of it (the two are not told apart).</summary>
    public async Task<ReleasedConjunction?> GetAsync(Actor viewer, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ConjunctionEvent? found = await db.ConjunctionEvents.AsNoTracking()
            .Include(e => e.Updates)
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        // Sorted here: SQLite cannot order by a DateTimeOffset column, and an event has one row per screening run.
        found.Updates.Sort((x, y) => x.ScreenedAt.CompareTo(y.ScreenedAt));

        IReadOnlyList<ReleasedConjunction> released = await ReleaseAsync(viewer, [found], cancellationToken).ConfigureAwait(false);
        return released.Count == 0 ? null : released[0];
    }

    /// <summary>The CDM of update <paramref name="updateId"/> (null: the newest update with one) of event <paramref name="id"/>.
    /// A CDM carries the other object's state and covariance, so only a viewer who receives the full event gets it.</summary>
    /// <returns>The CDM; 404 <c>conjunction.not-found</c> (unknown or not released), 403 <c>conjunction.detail-withheld</c>
    /// (a basic warning), or 404 <c>conjunction.cdm-not-found</c> (no such update, or one stored before the hub wrote CDMs).</returns>
    public async Task<HubResult<ReleasedCdm>> GetCdmAsync(Actor viewer, Guid id, Guid? updateId, CancellationToken cancellationToken)
    {
        ReleasedConjunction? found = await GetAsync(viewer, id, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return HubResult<ReleasedCdm>.Fail(HubError.Create(HubErrorCodes.ConjunctionNotFound, HubErrorKind.NotFound,
                $"Conjunction {id:D} was not found.", id.ToString("D")));
        }

        // Updates are in screening order (GetAsync sorts them): the last with a CDM is the newest. The CDM is built from
        // the update's typed assessment (ConjunctionUpdateCdm); one the writer refuses (a non-finite number) is none.
        ConjunctionUpdate? chosen = null;
        (Cdm Message, string Kvn)? cdm = null;
        foreach (ConjunctionUpdate candidate in Enumerable.Reverse(found.Event.Updates))
        {
            if ((updateId is null || candidate.Id == updateId) && ConjunctionUpdateCdm.Write(found.Event, candidate) is { } written)
            {
                (chosen, cdm) = (candidate, written);
                break;
            }
        }

        // A CDM carries both objects' states and covariances: it needs both records of that run released to the viewer.
        if (!found.Full || (chosen is not null && !await BothReleasedAsync(viewer, found, chosen, cancellationToken).ConfigureAwait(false)))
        {
            return HubResult<ReleasedCdm>.Fail(HubError.Create(HubErrorCodes.ConjunctionDetailWithheld, HubErrorKind.Forbidden,
                $"Conjunction {id:D}: the CDM carries both objects' states and covariances; only a viewer to whom the data of both objects is released receives it.",
                id.ToString("D")));
        }
        if (chosen is null || cdm is not { } message)
        {
            string which = updateId?.ToString("D") ?? "(latest)";
            return HubResult<ReleasedCdm>.Fail(HubError.Create(HubErrorCodes.ConjunctionCdmNotFound, HubErrorKind.NotFound,
                $"Conjunction {id:D} has no CDM {which}.", id.ToString("D"), which));
        }

        return HubResult<ReleasedCdm>.Ok(new ReleasedCdm(found, chosen, message.Message, message.Kvn));
    }

    /// <summary>The events among <paramref name="ids"/> that the viewer may learn of, without their history, by id: one
    /// release decision for the whole batch (the outbox readers decide a page of notifications at once). Ids of events
    /// that do not exist or are withheld from the viewer are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, ReleasedConjunction>> ReleaseManyAsync(Actor viewer, IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, ReleasedConjunction>();
        }

        Guid[] wanted = [.. ids.Distinct()];
        List<ConjunctionEvent> found = await db.ConjunctionEvents.AsNoTracking().Where(e => wanted.Contains(e.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ReleasedConjunction> released = await ReleaseAsync(viewer, found, cancellationToken).ConfigureAwait(false);
        return released.ToDictionary(r => r.Event.Id);
    }

    // Both records behind one update (the sources of an earlier run may differ from the event's latest).
    private async Task<bool> BothReleasedAsync(Actor viewer, ReleasedConjunction released, ConjunctionUpdate update, CancellationToken cancellationToken)
    {
        ReleaseView view = await policy.ForViewerAsync(viewer, cancellationToken).ConfigureAwait(false);
        ConjunctionEvent e = released.Event;
        return update.PrimarySide.ToReleasable(e.PrimaryCatalogNumber, released.PrimaryOwner) is { } primary && view.IsReleased(primary)
            && update.SecondarySide.ToReleasable(e.SecondaryCatalogNumber, released.SecondaryOwner) is { } secondary && view.IsReleased(secondary);
    }

    private async Task<IReadOnlyList<ReleasedConjunction>> ReleaseAsync(Actor viewer, List<ConjunctionEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return [];
        }

        ReleaseView view = await policy.ForViewerAsync(viewer, cancellationToken).ConfigureAwait(false);
        int[] numbers = [.. events.SelectMany(e => new[] { e.PrimaryCatalogNumber, e.SecondaryCatalogNumber }).Distinct()];
        Dictionary<int, string> owners = await ObjectAuthority.ConfirmedOwnersAsync(db, numbers, cancellationToken).ConfigureAwait(false);
        var released = new List<ReleasedConjunction>(events.Count);
        foreach (ConjunctionEvent e in events)
        {
            string? primaryOwner = owners.GetValueOrDefault(e.PrimaryCatalogNumber);
            string? secondaryOwner = owners.GetValueOrDefault(e.SecondaryCatalogNumber);
            DerivedDecision decision = view.DecideDerived(DataCategory.Conjunctions, e.FirstScreenedAt, e.Pc,
            [
                new DerivedInput(e.PrimaryCatalogNumber, primaryOwner, e.PrimarySide.ToReleasable(e.PrimaryCatalogNumber, primaryOwner)),
                new DerivedInput(e.SecondaryCatalogNumber, secondaryOwner, e.SecondarySide.ToReleasable(e.SecondaryCatalogNumber, secondaryOwner)),
            ]);
            if (decision.Detail != DerivedDetail.None)
            {
                released.Add(new ReleasedConjunction(e, decision, primaryOwner, secondaryOwner));
            }
        }

        return released;
    }
}
