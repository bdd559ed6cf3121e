using Concord.Hub.Release;

namespace Concord.Demo;

/// <summary>The agreements of the demo federation, in different lifecycle states, so that the release policy has
/// something to decide: who sees whose orbits and conjunctions. Thread-safe.</summary>
public static class DemoAgreements
{
    /// <summary>The planned agreements.</summary>
    public static IReadOnlyList<DemoAgreementPlan> All { get; } =
    [
        new("Borealis-Meridian space situational awareness sharing", [DemoAgencies.Boreal, DemoAgencies.Meridian], "active",
            [DataCategory.OrbitElements, DataCategory.Conjunctions, DataCategory.ObjectRegistry]),
        new("Halcyon constellation coordination (multilateral)", [DemoAgencies.Halcyon, DemoAgencies.Boreal, DemoAgencies.Austral], "active",
            [DataCategory.OrbitElements, DataCategory.Conjunctions]),
        new("Austral-Meridian geostationary coordination", [DemoAgencies.Austral, DemoAgencies.Meridian], "proposed",
            [DataCategory.OrbitElements, DataCategory.Conjunctions]),
        new("Meridian-Halcyon manoeuvre data exchange", [DemoAgencies.Meridian, DemoAgencies.Halcyon], "suspended",
            [DataCategory.OrbitElements, DataCategory.ManeuverPlans]),
        new("Borealis-Austral ephemeris exchange (pilot)", [DemoAgencies.Boreal, DemoAgencies.Austral], "terminated",
            [DataCategory.Ephemeris]),
    ];
}
