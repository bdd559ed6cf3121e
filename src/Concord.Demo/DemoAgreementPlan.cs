using Concord.Hub.Release;

namespace Concord.Demo;

/// <summary>An agreement the demo federation should hold, described without the agreement service's types (the seeder
/// maps it when agreements are wired in).</summary>
/// <param name="Title">Title of the agreement.</param>
/// <param name="Parties">Agency codes of the parties; the first proposes.</param>
/// <param name="State">Lifecycle state to reach: <c>proposed</c>, <c>active</c>, <c>suspended</c> or <c>terminated</c>.</param>
/// <param name="DataCategories">What the agreement releases.</param>
public sealed record DemoAgreementPlan(string Title, IReadOnlyList<string> Parties, string State, IReadOnlyList<DataCategory> DataCategories);
