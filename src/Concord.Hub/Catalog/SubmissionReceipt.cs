namespace Concord.Hub.Catalog;

/// <summary>What the submitter is told about an accepted submission.</summary>
/// <param name="Id">The submission's identifier.</param>
/// <param name="Records">Number of records stored.</param>
/// <param name="Format">The detected format, a constant of <see cref="SubmissionFormats"/>.</param>
/// <param name="Warnings">The warnings found while reading (stored, and replayed on a resend).</param>
/// <param name="Replayed">True when this is an idempotent resend: nothing new was stored.</param>
public sealed record SubmissionReceipt(Guid Id, int Records, string Format, IReadOnlyList<SubmissionWarning> Warnings, bool Replayed)
{
    /// <summary>The distinct catalog numbers of the element sets and mapped ephemeris segments stored, ascending (for the
    /// conjunction screening); empty for a resend.</summary>
    public IReadOnlyList<int> CatalogNumbers { get; init; } = [];

    /// <summary>The <see cref="Conjunctions.ScreeningRequest"/> stored with the submission for those numbers; null when
    /// none was (a resend, an ephemeris submission).</summary>
    public Guid? ScreeningRequestId { get; init; }
}
