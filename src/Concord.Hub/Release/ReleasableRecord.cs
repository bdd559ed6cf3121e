namespace Concord.Hub.Release;

/// <summary>What the release policy needs to know about a stored record to decide who may see it.</summary>
/// <param name="Originator">Code of the agency that submitted the record.</param>
/// <param name="Marking">The originator's marking.</param>
/// <param name="RelTo">Agency codes the record is released to when <see cref="Marking.Restricted"/> (ignored otherwise).</param>
/// <param name="Category">The kind of data.</param>
/// <param name="CatalogNumber">The space object the record is about, when there is one (object scope of agreements).</param>
/// <param name="ObjectOwner">Code of the agency owning that object, when the object is registered.</param>
/// <param name="StoredAt">When the hub stored the record (UTC); agreement embargoes count from here.</param>
public sealed record ReleasableRecord(
    string Originator,
    Marking Marking,
    IReadOnlyCollection<string> RelTo,
    DataCategory Category,
    int? CatalogNumber,
    string? ObjectOwner,
    DateTimeOffset StoredAt)
{
    /// <summary>The collision probability of a <see cref="DataCategory.Conjunctions"/> record, for agreements with a
    /// <see cref="Agreements.Agreement.MinimumPc"/>; <see langword="null"/> when unknown (below any minimum). Ignored
    /// for other categories.</summary>
    public double? Pc { get; init; }
}
