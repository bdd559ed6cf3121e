namespace Concord.Hub.ManeuverPlans;

/// <summary>One conjunction of a planned trajectory.</summary>
/// <param name="NoradId">The other object's catalog number.</param>
/// <param name="Tca">Time of closest approach, ISO 8601 UTC.</param>
/// <param name="MissDistanceMeters">Miss distance, metres.</param>
/// <param name="Pc">Foster 2-D Pc, or null.</param>
/// <param name="RiskLevel">Risk level of the Pc.</param>
/// <param name="New">True when the plan would create it: no open event of the pair near that TCA, or one with a lower Pc.</param>
public sealed record ManeuverPlanConjunction(string NoradId, string Tca, double MissDistanceMeters, double? Pc, string RiskLevel, bool New);
