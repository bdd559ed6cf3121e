using Concord.Hub.Release;

namespace Concord.Hub.SpaceObjects;

/// <summary>
/// A registered space object: catalogue identity, owner, and the fields of the Convention on Registration of Objects
/// Launched into Outer Space (1975), Art. IV 1 (launching state, designator, date and territory or location of launch,
/// basic orbital parameters, general function). Storage entity and aggregate root. Category
/// <see cref="DataCategory.ObjectRegistry"/> for the release policy.
/// </summary>
public sealed class SpaceObject
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; init; }

    /// <summary>Catalogue number (NORAD_CAT_ID), 1 to 999,999,999 (9-digit capable).</summary>
    public int CatalogNumber { get; init; }

    /// <summary>International designator (COSPAR ID, for example <c>2024-001A</c>); Art. IV 1(b).</summary>
    public string? InternationalDesignator { get; set; }

    /// <summary>Common name.</summary>
    public required string Name { get; set; }

    /// <summary>Code of the owning agency (the operator responsible for it).</summary>
    public required string Owner { get; set; }

    /// <summary>Whether <see cref="Owner"/> is confirmed (owner rights), still a claim, or rejected.</summary>
    public ClaimStatus Claim { get; set; }

    /// <summary>Why a hub-admin rejected the claim; null otherwise.</summary>
    public string? ClaimReason { get; set; }

    /// <summary>Code of the agency that registered the record (replaced when a rejected claim is claimed again).</summary>
    public required string Originator { get; set; }

    /// <summary>Who may see this record.</summary>
    public Marking Marking { get; set; }

    /// <summary>Agency codes released to when <see cref="Marking.Restricted"/>.</summary>
    public List<string> RelTo { get; set; } = [];

    /// <summary>Launching state, ISO 3166-1 alpha-2; Art. IV 1(a).</summary>
    public string? LaunchingState { get; set; }

    /// <summary>Date of launch (UTC); Art. IV 1(c).</summary>
    public DateOnly? LaunchDate { get; set; }

    /// <summary>Territory or location of launch; Art. IV 1(c).</summary>
    public string? LaunchSite { get; set; }

    /// <summary>Nodal period, minutes; Art. IV 1(d)(i).</summary>
    public double? NodalPeriodMinutes { get; set; }

    /// <summary>Inclination, degrees; Art. IV 1(d)(ii).</summary>
    public double? InclinationDegrees { get; set; }

    /// <summary>Apogee altitude, kilometres; Art. IV 1(d)(iii).</summary>
    public double? ApogeeKilometers { get; set; }

    /// <summary>Perigee altitude, kilometres; Art. IV 1(d)(iv).</summary>
    public double? PerigeeKilometers { get; set; }

    /// <summary>General function of the object; Art. IV 1(e).</summary>
    public string? GeneralFunction { get; set; }

    /// <summary>Operational status.</summary>
    public SpaceObjectStatus Status { get; set; }

    /// <summary>When the record was stored (UTC); a rejected claim claimed again is stored anew.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the record last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The record as the release policy sees it.</summary>
    public ReleasableRecord ToReleasable() =>
        new(Originator, Marking, RelTo, DataCategory.ObjectRegistry, CatalogNumber, Owner, CreatedAt);
}
