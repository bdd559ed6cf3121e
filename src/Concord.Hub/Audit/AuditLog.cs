using Concord.Hub.Agencies;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Audit;

/// <summary>Appends to and verifies the hash-chained audit log. Scoped: one per <see cref="HubDbContext"/>.</summary>
/// <remarks>
/// <see cref="Append"/> only adds the entry to the context: the caller saves it in the same <c>SaveChanges</c> as the
/// change it records, so a change and its audit entry are stored together or not at all. Callers hold the
/// <see cref="HubWriteGate"/> from reading the head until saving, so that entries get consecutive sequence numbers.
/// </remarks>
public sealed class AuditLog(HubDbContext db, TimeProvider time)
{
    /// <summary>Adds an entry after the current head (stored or added earlier in this unit of work).</summary>
    /// <param name="agencies">The agencies the entry concerns (their auditors read it in full); the actor's own agency
    /// (<see cref="Actor.AgencyCode"/>) is always added. Null or empty codes are ignored; none at all makes a hub-only
    /// entry, which every agency's auditor sees redacted.</param>
    public async Task<AuditEntry> Append(Actor actor, string action, string subject,
        IReadOnlyDictionary<string, string?> details, CancellationToken cancellationToken, IEnumerable<string?>? agencies = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        AuditEntry? pending = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefault();
        AuditEntry? head = pending ?? await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);

        long sequence = (head?.Sequence ?? 0) + 1;
        string previousHash = head?.Hash ?? AuditHasher.GenesisHash;
        DateTimeOffset recordedAt = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        string canonicalDetails = AuditHasher.CanonicalDetails(details);
        List<string> concerned = AuditHasher.NormalizeAgencies((agencies ?? []).Append(actor.AgencyCode));
        var entry = new AuditEntry
        {
            Sequence = sequence,
            RecordedAt = recordedAt,
            Actor = actor.AuditName,
            Action = action,
            Subject = subject,
            Agencies = concerned,
            Details = canonicalDetails,
            PreviousHash = previousHash,
            Hash = AuditHasher.ComputeHash(previousHash, sequence, recordedAt, actor.AuditName, action, subject, canonicalDetails,
                concerned),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Entries in chain order as <paramref name="viewer"/> may read them (see the remarks of
    /// <see cref="AuditView"/>): a hub administrator reads every entry in full; anyone else reads in full the entries
    /// that concern its agency and the others redacted.</summary>
    /// <remarks>Without filters a page holds up to <see cref="AuditQuery.Limit"/> consecutive entries, full or redacted.
    /// With a filter (action, actor or subject) only entries the viewer reads in full can match, so a filter never
    /// reveals anything about a redacted entry; the filters apply before the limit, and the last entry's sequence starts
    /// the next page either way.</remarks>
    public async Task<IReadOnlyList<AuditView>> ListAsync(AuditQuery query, Actor viewer, CancellationToken cancellationToken) =>
        (await ListPageAsync(query, viewer, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>As <see cref="ListAsync"/>, and whether a next page holds at least one entry for the viewer.</summary>
    public async Task<HubPage<AuditView>> ListPageAsync(AuditQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, AuditQuery.MaxLimit);
        IQueryable<AuditEntry> entries = Filter(db.AuditEntries.AsNoTracking().Where(e => e.Sequence > query.AfterSequence), query)
            .OrderBy(e => e.Sequence);
        // One entry more than the page: it tells whether a next page exists.
        int limit = query.Limit + 1;
        if (viewer.Role == HubRole.HubAdmin)
        {
            List<AuditEntry> all = await entries.Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
            return Page(all.Select(AuditView.Full).ToList(), query.Limit);
        }

        string agency = viewer.AgencyCode ?? "";
        if (!query.HasFilter)
        {
            List<AuditEntry> page = await entries.Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
            return Page(page.Select(e => Concerns(e, agency) ? AuditView.Full(e) : AuditView.Redacted(e)).ToList(), query.Limit);
        }

        // The agency list is a converted column that the providers cannot search reliably, so the filtered entries are
        // streamed in chain order and those of other agencies skipped here (memory stays at one page).
        var matches = new List<AuditView>();
        await foreach (AuditEntry entry in entries.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (Concerns(entry, agency))
            {
                matches.Add(AuditView.Full(entry));
                if (matches.Count == limit)
                {
                    break;
                }
            }
        }

        return Page(matches, query.Limit);
    }

    private static HubPage<AuditView> Page(List<AuditView> read, int limit) =>
        read.Count > limit ? new HubPage<AuditView>(read[..limit], HasMore: true) : new HubPage<AuditView>(read, HasMore: false);

    private static bool Concerns(AuditEntry entry, string agency) => entry.Agencies.Contains(agency, StringComparer.Ordinal);

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        // Lower-cased on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not, so a plain comparison
        // would answer differently on the two databases.
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() is translated to SQL lower(), not run with a .NET culture
        if (!string.IsNullOrEmpty(query.ActionPrefix))
        {
            string prefix = query.ActionPrefix.ToLowerInvariant();
            entries = entries.Where(e => e.Action.ToLower().StartsWith(prefix));
        }

        if (!string.IsNullOrEmpty(query.Actor))
        {
            string actor = query.Actor.ToLowerInvariant();
            entries = entries.Where(e => e.Actor.ToLower().Contains(actor));
        }

        if (!string.IsNullOrEmpty(query.Subject))
        {
            string subject = query.Subject.ToLowerInvariant();
            entries = entries.Where(e => e.Subject.ToLower().Contains(subject));
        }
#pragma warning restore CA1304, CA1311, CA1862

        return entries;
    }

    /// <summary>Recomputes the whole chain, streaming it in sequence order (memory stays constant).</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        string previousHash = AuditHasher.GenesisHash;
        long count = 0;
        long? firstInvalid = null;
        var entries = db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (AuditEntry entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            bool linked = entry.Sequence == count && entry.PreviousHash == previousHash;
            bool hashed = entry.Hash == AuditHasher.ComputeHash(previousHash, entry);
            if (firstInvalid is null && !(linked && hashed))
            {
                firstInvalid = entry.Sequence;
            }

            // Continue from the stored hash so that one altered entry is reported once, not as a cascade.
            previousHash = entry.Hash;
        }

        return new AuditVerification(firstInvalid is null, count, previousHash, firstInvalid);
    }
}
