using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>Makes the <see cref="ScreeningSourceRules"/> of the hub's settings at a given instant. Singleton.</summary>
/// <param name="ownerDataMaxAgeDays">How fresh an owner's data must be to speak for its object (<c>Concord:Catalog:OwnerDataMaxAgeDays</c>).</param>
/// <param name="disagreementKm">When two sources disagree (<c>Concord:Catalog:DisagreementKm</c>).</param>
public sealed class ScreeningSourceRulesFactory(double ownerDataMaxAgeDays = ScreeningSourceRules.DefaultOwnerDataMaxAgeDays,
    double disagreementKm = ScreeningSourceRules.DefaultDisagreementKm)
{
    internal ScreeningSourceRules At(Epoch now) => new(now, ownerDataMaxAgeDays, disagreementKm);
}
