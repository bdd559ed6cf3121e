namespace Concord.Hub.Release;

/// <summary>One input object of a derived product (a conjunction event, its CDMs and geometry; later proximity alerts and
/// other space events): the object, its confirmed owner, and the record the hub used for it.</summary>
/// <param name="CatalogNumber">The object.</param>
/// <param name="ConfirmedOwner">Its confirmed owner (the party owed a warning); null when it has none.</param>
/// <param name="Source">The record the hub computed with (element set, ephemeris); null when unknown (then only the owner
/// learns the object's identity).</param>
public sealed record DerivedInput(int CatalogNumber, string? ConfirmedOwner, ReleasableRecord? Source);
