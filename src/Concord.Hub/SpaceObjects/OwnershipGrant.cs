namespace Concord.Hub.SpaceObjects;

/// <summary>A hub-admin's standing grant: an agency's claims to catalog numbers in [<see cref="First"/>,
/// <see cref="Last"/>] are confirmed at once. Storage entity.</summary>
public sealed class OwnershipGrant
{
    /// <summary>Surrogate key (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>Code of the agency the grant is for.</summary>
    public required string Agency { get; init; }

    /// <summary>First catalog number of the range (inclusive).</summary>
    public int First { get; init; }

    /// <summary>Last catalog number of the range (inclusive).</summary>
    public int Last { get; init; }

    /// <summary>When the grant was made (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Whether the grant covers a catalog number.</summary>
    public bool Covers(int catalogNumber) => catalogNumber >= First && catalogNumber <= Last;
}
