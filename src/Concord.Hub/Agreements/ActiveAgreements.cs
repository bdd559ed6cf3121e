using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Agreements;

/// <summary>The query shared by the release policy and the release matrix: an agency's agreements that release
/// data at an instant.</summary>
internal static class ActiveAgreements
{
    /// <summary>The agreements of <paramref name="agencyCode"/> that are active and not expired at <paramref name="now"/>,
    /// untracked, with their parties, oldest activation first.</summary>
    public static async Task<IReadOnlyList<Agreement>> LoadAsync(HubDbContext db, string agencyCode, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        List<Agreement> stored = await db.Agreements.AsNoTracking()
            .Where(a => a.Status == AgreementStatus.Active && a.Parties.Any(p => p.AgencyCode == agencyCode))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        // Expiry is filtered here rather than in SQL: SQLite cannot compare DateTimeOffset columns, and an agency has
        // few agreements.
        return stored.Where(a => a.StatusAt(now) == AgreementStatus.Active)
            .OrderBy(a => a.ActivatedAt)
            .ThenBy(a => a.Id)
            .ToArray();
    }
}
