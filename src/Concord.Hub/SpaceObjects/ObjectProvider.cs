namespace Concord.Hub.SpaceObjects;

/// <summary>An agency a confirmed owner designated to supply authoritative orbit data for one of its objects (for
/// example a commercial tracking provider). Storage entity; the designation ends when the row is deleted.</summary>
public sealed class ObjectProvider
{
    /// <summary>Surrogate key (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The object's catalog number.</summary>
    public int CatalogNumber { get; init; }

    /// <summary>Code of the designated agency.</summary>
    public required string Agency { get; init; }

    /// <summary>Code of the owner that designated it.</summary>
    public required string DesignatedBy { get; init; }

    /// <summary>When it was designated (UTC).</summary>
    public DateTimeOffset DesignatedAt { get; init; }
}
