using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.SpaceObjects;

/// <summary>Who speaks for an object (THREATS invariant 1): its confirmed owner and the providers that owner
/// designated. Claimed, rejected and unregistered objects have no authority: any agency's data about them is equal, and
/// nobody is a party for them.</summary>
/// <param name="CatalogNumber">The object.</param>
/// <param name="Owner">The confirmed owner.</param>
/// <param name="Providers">Agencies the owner designated (never the owner itself).</param>
public sealed record ObjectAuthority(int CatalogNumber, string Owner, IReadOnlyList<string> Providers)
{
    /// <summary>Whether <paramref name="agency"/> speaks for the object (the owner or a designated provider).</summary>
    public bool IsAuthoritative(string agency) =>
        string.Equals(agency, Owner, StringComparison.Ordinal) || Providers.Contains(agency, StringComparer.Ordinal);

    /// <summary>The authority of each confirmed object among <paramref name="catalogNumbers"/> (null: every confirmed
    /// object), by catalog number; objects without a confirmed owner are absent.</summary>
    public static async Task<Dictionary<int, ObjectAuthority>> LoadAsync(HubDbContext db, IReadOnlyCollection<int>? catalogNumbers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<SpaceObject> objects = db.SpaceObjects.AsNoTracking().Where(o => o.Claim == ClaimStatus.Confirmed);
        IQueryable<ObjectProvider> providers = db.ObjectProviders.AsNoTracking();
        if (catalogNumbers is not null)
        {
            int[] numbers = [.. catalogNumbers.Distinct()];
            objects = objects.Where(o => numbers.Contains(o.CatalogNumber));
            providers = providers.Where(p => numbers.Contains(p.CatalogNumber));
        }

        var owners = await objects.Select(o => new { o.CatalogNumber, o.Owner }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var designated = await providers.Select(p => new { p.CatalogNumber, p.Agency }).ToListAsync(cancellationToken).ConfigureAwait(false);
        ILookup<int, string> byNumber = designated.ToLookup(p => p.CatalogNumber, p => p.Agency);
        return owners.ToDictionary(o => o.CatalogNumber,
            o => new ObjectAuthority(o.CatalogNumber, o.Owner, [.. byNumber[o.CatalogNumber].Where(a => a != o.Owner).Distinct().Order(StringComparer.Ordinal)]));
    }

    /// <summary>The confirmed owners among <paramref name="catalogNumbers"/> (null: of every confirmed object), by catalog
    /// number. Only a confirmed owner counts as the object's owner (party rights, an agreement's owned-by-parties scope).</summary>
    public static async Task<Dictionary<int, string>> ConfirmedOwnersAsync(HubDbContext db, IReadOnlyCollection<int>? catalogNumbers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<SpaceObject> objects = db.SpaceObjects.AsNoTracking().Where(o => o.Claim == ClaimStatus.Confirmed);
        if (catalogNumbers is not null)
        {
            int[] numbers = [.. catalogNumbers.Distinct()];
            objects = objects.Where(o => numbers.Contains(o.CatalogNumber));
        }

        return await objects.Select(o => new { o.CatalogNumber, o.Owner })
            .ToDictionaryAsync(o => o.CatalogNumber, o => o.Owner, cancellationToken).ConfigureAwait(false);
    }
}
