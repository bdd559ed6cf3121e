namespace Concord.Hub.SpaceObjects;

/// <summary>Filters and page of <see cref="SpaceObjectService.ListAsync"/>. Every filter is optional; they combine
/// with AND. Results are ordered by catalogue number.</summary>
/// <param name="Owner">Exact owner agency code.</param>
/// <param name="NameContains">Part of the name, case-insensitive (ASCII letters only on SQLite, whose <c>lower()</c>
/// folds ASCII only).</param>
/// <param name="Regime">Orbit regime (see <see cref="SpaceObjectRegimes"/> for the thresholds).</param>
/// <param name="Status">Operational status.</param>
/// <param name="Claim">Where the owner's claim stands (<c>claimed</c>: the hub administrator's queue).</param>
/// <param name="AfterCatalogNumber">Cursor: only objects with a larger catalogue number (0 for the first page). A
/// client passes the last catalogue number of the previous page.</param>
/// <param name="Limit">Page size, 1 to <see cref="MaxLimit"/>. A page shorter than this is the last one.</param>
public sealed record SpaceObjectQuery(
    string? Owner = null,
    string? NameContains = null,
    SpaceObjectRegime? Regime = null,
    SpaceObjectStatus? Status = null,
    ClaimStatus? Claim = null,
    int AfterCatalogNumber = 0,
    int Limit = SpaceObjectQuery.DefaultLimit)
{
    /// <summary>Page size when the client gives none.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Largest page.</summary>
    public const int MaxLimit = 1000;
}
