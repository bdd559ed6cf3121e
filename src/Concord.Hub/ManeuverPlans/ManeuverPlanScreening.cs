namespace Concord.Hub.ManeuverPlans;

/// <summary>What screening a manoeuvre plan found: the event's pair with the planned trajectory, and the conjunctions
/// of the planned trajectory with the rest of the catalog.</summary>
/// <param name="PairTca">TCA of the pair nearest the event's TCA (ISO 8601 UTC), or null when the two objects come no
/// closer than <see cref="ManeuverPlanService.PairSearchMeters"/> within a quarter period of it.</param>
/// <param name="PairMissDistanceMeters">The pair's planned miss distance, metres, or null as <paramref name="PairTca"/>.</param>
/// <param name="PairPc">The pair's planned Pc (Foster 2-D), or null.</param>
/// <param name="PairRiskLevel">Risk level of <paramref name="PairPc"/> (<c>low</c> when the pair no longer approaches).</param>
/// <param name="CounterpartPlanId">The other party's latest plan, screened in place of the other object; null when none.</param>
/// <param name="Conjunctions">The conjunctions of the planned trajectory within the threshold that the uploader may see
/// (the other object's record is released to it, or it owns that object), by TCA.</param>
/// <param name="WithheldConjunctions">How many more conjunctions the plan has with objects whose data the uploader may not
/// see (counted, never listed).</param>
/// <param name="ScreenedObjects">Number of catalog objects screened against the plan.</param>
/// <param name="DurationMs">How long the screening took, milliseconds.</param>
public sealed record ManeuverPlanScreening(
    string? PairTca,
    double? PairMissDistanceMeters,
    double? PairPc,
    string PairRiskLevel,
    Guid? CounterpartPlanId,
    IReadOnlyList<ManeuverPlanConjunction> Conjunctions,
    int WithheldConjunctions,
    int ScreenedObjects,
    long DurationMs);
