using System.Globalization;
using Concord.Astro.Time;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Catalog;

/// <summary>Reads the GP catalog through the release policy (the only place that decides who sees what), and audits
/// every release. Scoped (one per request).</summary>
/// <remarks>Withheld sets are absent, never forbidden. Each request that releases at least one set writes one audit
/// entry (<see cref="AuditActions.CatalogReleased"/>: recipient, record count, releasing agreements), queued on the
/// <see cref="ReadAuditQueue"/> before the answer is returned: reads never take the hub's write gate (see the queue for
/// what a crash may lose).</remarks>
public sealed class CatalogService(HubDbContext db, ReleasePolicy policy, ReadAuditQueue readAudit, CatalogOptions options)
{
    /// <summary>Most catalog numbers in one <c>ids</c> list.</summary>
    public const int MaxIds = 1000;

    /// <summary>Most objects in one listing page (and its default).</summary>
    public const int MaxLimit = 50_000;

    /// <summary>Most element sets in one history answer.</summary>
    public const int MaxHistory = 10_000;

    /// <summary>The newest released element set of each object: of <paramref name="ids"/> when given, else of every
    /// object with a catalog number above <paramref name="afterCatalogNumber"/>, at most <paramref name="limit"/> objects
    /// in catalog-number order. When an object's newest set is withheld, its newest released one is returned.</summary>
    /// <param name="viewer">Who reads.</param>
    /// <param name="ids">Catalog numbers, or null for a listing.</param>
    /// <param name="afterCatalogNumber">Listing only: start after this catalog number.</param>
    /// <param name="limit">Listing only: most objects returned, 1 or more.</param>
    /// <param name="deliverable">Sets the caller can deliver (for example those a TLE can hold); others are skipped as
    /// if withheld. Null: all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<CatalogRelease> GetLatestAsync(Actor viewer, IReadOnlyCollection<int>? ids, int afterCatalogNumber, int limit,
        Func<ElementSet, bool>? deliverable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ReleaseView view = await policy.ForViewerAsync(viewer, cancellationToken).ConfigureAwait(false);
        IQueryable<ElementSet> query = db.ElementSets.AsNoTracking();
        query = ids is null
            ? query.Where(e => e.CatalogNumber > afterCatalogNumber)
            : query.Where(e => ids.Contains(e.CatalogNumber));
        // The confirmed owners (agreements' owned-by-parties scope) are the authorities' owners: one read for both.
        Dictionary<int, ObjectAuthority> authorities = await ObjectAuthority.LoadAsync(db, ids, cancellationToken).ConfigureAwait(false);
        Dictionary<int, string> owners = authorities.ToDictionary(a => a.Key, a => a.Value.Owner);
        Epoch freshFrom = Epoch.FromUtc(view.Now) - Duration.FromDays(options.OwnerDataMaxAgeDays);
        var released = new List<ElementSet>();
        var agreements = new HashSet<Guid>();
        int? current = null;
        (ElementSet Set, Guid? Agreement)? newest = null, authoritative = null;
        int? next = null;
        // Sorted by (catalog number, epoch) on the index, newest first per object. Of the rows released to the viewer, the
        // one that speaks for the object wins, as in screening (ScreeningCatalog): the newest of its confirmed owner or a
        // designated provider when fresh (OwnerDataMaxAgeDays), else the newest from anyone (a third-party observation,
        // which carries its ORIGINATOR). Equal epochs are ordered by id (UUID v7) so that answers are deterministic.
        var rows = query.OrderBy(e => e.CatalogNumber).ThenByDescending(e => e.Epoch).ThenByDescending(e => e.Id).AsAsyncEnumerable();
        bool full = false;
        await foreach (ElementSet row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (row.CatalogNumber != current)
            {
                if (Pick() is { } chosen)
                {
                    if (released.Count == limit)
                    {
                        // A next page only when a set released to this viewer follows: rows it may not see must not show
                        // through the link (an empty next page would tell that withheld records exist beyond).
                        next = released[^1].CatalogNumber;
                        full = true;
                        break;
                    }

                    Add(chosen);
                }

                current = row.CatalogNumber;
                newest = authoritative = null;
            }

            if (authoritative is not null || (deliverable is not null && !deliverable(row)))
            {
                continue;
            }

            ReleaseDecision decision = view.Decide(row.ToReleasable(owners.GetValueOrDefault(row.CatalogNumber)));
            if (!decision.Released)
            {
                continue;
            }

            newest ??= (row, decision.AgreementId);
            if (authorities.TryGetValue(row.CatalogNumber, out ObjectAuthority? authority) && authority.IsAuthoritative(row.Originator)
                && row.Epoch >= freshFrom)
            {
                authoritative = (row, decision.AgreementId);
            }
        }

        if (!full && Pick() is { } last)
        {
            if (released.Count == limit)
            {
                next = released[^1].CatalogNumber;
            }
            else
            {
                Add(last);
            }
        }

        await AuditReleaseAsync(viewer, released.Count, agreements, "catalog:gp", cancellationToken).ConfigureAwait(false);
        return new CatalogRelease(released, next);

        (ElementSet Set, Guid? Agreement)? Pick() => authoritative ?? newest;

        void Add((ElementSet Set, Guid? Agreement) chosen)
        {
            released.Add(chosen.Set);
            if (chosen.Agreement is { } agreement)
            {
                agreements.Add(agreement);
            }
        }
    }

    /// <summary>Every released element set of one object with an epoch in [<paramref name="from"/>, <paramref name="to"/>]
    /// (either bound optional), in epoch order, at most <see cref="MaxHistory"/>. <paramref name="deliverable"/> as in
    /// <see cref="GetLatestAsync"/>.</summary>
    public async Task<CatalogRelease> GetHistoryAsync(Actor viewer, int catalogNumber, Epoch? from, Epoch? to,
        Func<ElementSet, bool>? deliverable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ReleaseView view = await policy.ForViewerAsync(viewer, cancellationToken).ConfigureAwait(false);
        IQueryable<ElementSet> query = db.ElementSets.AsNoTracking().Where(e => e.CatalogNumber == catalogNumber);
        if (from is { } start)
        {
            query = query.Where(e => e.Epoch >= start);
        }

        if (to is { } end)
        {
            query = query.Where(e => e.Epoch <= end);
        }

        string? owner = (await ObjectAuthority.ConfirmedOwnersAsync(db, [catalogNumber], cancellationToken).ConfigureAwait(false))
            .GetValueOrDefault(catalogNumber);
        var released = new List<ElementSet>();
        var agreements = new HashSet<Guid>();
        var rows = query.OrderBy(e => e.Epoch).ThenBy(e => e.Id).AsAsyncEnumerable();
        await foreach (ElementSet row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (deliverable is not null && !deliverable(row))
            {
                continue;
            }

            ReleaseDecision decision = view.Decide(row.ToReleasable(owner));
            if (!decision.Released)
            {
                continue;
            }

            released.Add(row);
            if (decision.AgreementId is { } agreement)
            {
                agreements.Add(agreement);
            }

            if (released.Count == MaxHistory)
            {
                break;
            }
        }

        await AuditReleaseAsync(viewer, released.Count, agreements, $"catalog:gp:{catalogNumber}", cancellationToken).ConfigureAwait(false);
        return new CatalogRelease(released, null);
    }

    /// <summary>The newest element set of each originator of one object, among the sets released to
    /// <paramref name="viewer"/> only (withheld sets are skipped as if absent), in originator order. Input of
    /// <see cref="SourceDisagreement.Compute"/>; nothing is delivered, so nothing is audited.</summary>
    public async Task<IReadOnlyList<ElementSet>> GetNewestPerOriginatorAsync(Actor viewer, int catalogNumber,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ReleaseView view = await policy.ForViewerAsync(viewer, cancellationToken).ConfigureAwait(false);
        string? owner = (await ObjectAuthority.ConfirmedOwnersAsync(db, [catalogNumber], cancellationToken).ConfigureAwait(false))
            .GetValueOrDefault(catalogNumber);
        var newest = new Dictionary<string, ElementSet>(StringComparer.Ordinal);
        var rows = db.ElementSets.AsNoTracking().Where(e => e.CatalogNumber == catalogNumber)
            .OrderByDescending(e => e.Epoch).ThenByDescending(e => e.Id).AsAsyncEnumerable();
        await foreach (ElementSet row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!newest.ContainsKey(row.Originator) && view.Decide(row.ToReleasable(owner)).Released)
            {
                newest.Add(row.Originator, row);
            }
        }

        return [.. newest.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Value)];
    }

    private async Task AuditReleaseAsync(Actor viewer, int records, HashSet<Guid> agreements, string subject, CancellationToken cancellationToken)
    {
        if (records == 0)
        {
            return;
        }

        await readAudit.EnqueueAsync(new ReadAudit(viewer, AuditActions.CatalogReleased, subject, new Dictionary<string, string?>
        {
            ["recipient"] = viewer.AgencyCode,
            ["records"] = records.ToString(CultureInfo.InvariantCulture),
            ["agreements"] = string.Join(',', agreements.Select(a => a.ToString("D")).Order(StringComparer.Ordinal)),
        }), cancellationToken).ConfigureAwait(false);
    }
}
