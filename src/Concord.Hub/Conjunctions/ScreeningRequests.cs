using Concord.Hub.Audit;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Conjunctions;

/// <summary>The durable screening queue (<see cref="ScreeningRequest"/>): what the background screening reads, runs and
/// marks completed. Scoped.</summary>
/// <remarks>Submissions add their request themselves, in their own save (<see cref="Catalog.SubmissionService"/>).
/// Pending requests are few (the worker merges them), so they are read whole and ordered in memory (SQLite cannot
/// order by a <see cref="DateTimeOffset"/>).</remarks>
public sealed class ScreeningRequests(HubDbContext db, HubWriteGate gate, TimeProvider time)
{
    /// <summary>Longest stored failure message.</summary>
    public const int MaxErrorLength = 1000;

    /// <summary>Failed runs after which a request is given up (completed with its <see cref="ScreeningRequest.Error"/>).</summary>
    public const int MaxAttempts = 3;

    /// <summary>Stores an all-on-all request (<see cref="ScreeningRequest.All"/>) for <paramref name="reason"/>.</summary>
    public async Task<ScreeningRequest> AddAllAsync(string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        var request = new ScreeningRequest { Id = Guid.CreateVersion7(now), All = true, Reason = reason, RequestedAt = now };
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        db.ScreeningRequests.Add(request);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return request;
    }

    /// <summary>The requests not completed yet, oldest first (untracked).</summary>
    public async Task<List<ScreeningRequest>> PendingAsync(CancellationToken cancellationToken)
    {
        List<ScreeningRequest> pending = await db.ScreeningRequests.AsNoTracking().Where(r => r.CompletedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. pending.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)];
    }

    /// <summary>When the newest all-on-all request for <paramref name="reason"/> was stored, if any.</summary>
    public async Task<DateTimeOffset?> LastAllRequestedAtAsync(string reason, CancellationToken cancellationToken)
    {
        List<DateTimeOffset> times = await db.ScreeningRequests.AsNoTracking().Where(r => r.All && r.Reason == reason)
            .Select(r => r.RequestedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        return times.Count == 0 ? null : times.Max();
    }

    /// <summary>Every catalogue number with a stored element set (the primaries of an all-on-all run).</summary>
    public async Task<List<int>> CatalogNumbersAsync(CancellationToken cancellationToken) =>
        await db.ElementSets.AsNoTracking().Select(e => e.CatalogNumber).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Marks the requests completed (a run covered them).</summary>
    public async Task CompleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        foreach (ScreeningRequest request in await LoadAsync(ids, cancellationToken).ConfigureAwait(false))
        {
            request.CompletedAt = now;
        }

        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts a failed run against the requests; those that reach <see cref="MaxAttempts"/> are given up
    /// (completed, with the error kept). Returns how many were given up.</summary>
    public async Task<int> FailAsync(IReadOnlyCollection<Guid> ids, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(error);
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        string message = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        int givenUp = 0;
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        foreach (ScreeningRequest request in await LoadAsync(ids, cancellationToken).ConfigureAwait(false))
        {
            request.Attempts++;
            request.Error = message;
            if (request.Attempts >= MaxAttempts)
            {
                request.CompletedAt = now;
                givenUp++;
            }
        }

        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return givenUp;
    }

    private async Task<List<ScreeningRequest>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        Guid[] wanted = [.. ids];
        return await db.ScreeningRequests.Where(r => wanted.Contains(r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
