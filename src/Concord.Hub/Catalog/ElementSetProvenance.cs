using Concord.Hub.Release;

namespace Concord.Hub.Catalog;

/// <summary>What every row of one submission shares.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Originator">The submitting agency's code.</param>
/// <param name="Marking">The marking.</param>
/// <param name="RelTo">Agencies released to when restricted.</param>
/// <param name="StoredAt">When the rows are stored (UTC, whole microseconds).</param>
/// <param name="NewId">Makes row identifiers.</param>
public sealed record ElementSetProvenance(Guid SubmissionId, string Originator, Marking Marking, IReadOnlyList<string> RelTo,
    DateTimeOffset StoredAt, Func<Guid> NewId);
