using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>How a screening chooses the record that speaks for each object (THREATS invariant 1).</summary>
/// <param name="Now">The hub's clock when the screening runs: freshness and disagreement are judged here.</param>
/// <param name="OwnerDataMaxAgeDays">A confirmed owner's (or its providers') newest element set is used when its epoch
/// is at most this many days before <paramref name="Now"/>; otherwise the newest set from anyone
/// (<c>Concord:Catalog:OwnerDataMaxAgeDays</c>, 3).</param>
/// <param name="DisagreementKm">Two sources of one object disagree when their newest sets are further apart than this at
/// <paramref name="Now"/> (<c>Concord:Catalog:DisagreementKm</c>, 10).</param>
internal sealed record ScreeningSourceRules(Epoch Now, double OwnerDataMaxAgeDays, double DisagreementKm)
{
    /// <summary>The rules of the hub's settings at <paramref name="now"/>.</summary>
    public static ScreeningSourceRules From(Catalog.CatalogOptions options, Epoch now)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(now, options.OwnerDataMaxAgeDays, options.DisagreementKm);
    }
}
