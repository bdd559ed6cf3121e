namespace Concord.Hub.ManeuverPlans;

/// <summary>A manoeuvre plan with what one viewer may see of it.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Screening">Its screening result.</param>
/// <param name="Full">True when the viewer may see the planned ephemeris (its own agency's plan, or one released to it
/// under the <c>maneuver-plans</c> category of the uploader's agreements); false: metadata and screening summary only
/// (a party of the event).</param>
public sealed record ReleasedManeuverPlan(ManeuverPlan Plan, ManeuverPlanScreening Screening, bool Full);
