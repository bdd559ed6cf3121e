namespace Concord.Hub.Agencies;

/// <summary>A member of the federation (a space agency or operator). Storage entity and aggregate root.</summary>
public sealed class Agency
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; init; }

    /// <summary>Short unique code, 3 to 8 upper-case letters or digits (for example <c>ESA</c>); never changes.</summary>
    public required string Code { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code, upper case.</summary>
    public required string Country { get; set; }

    /// <summary>People to contact at the agency.</summary>
    public List<AgencyContact> Contacts { get; init; } = [];

    /// <summary>When the agency was registered (UTC, from the injected <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
