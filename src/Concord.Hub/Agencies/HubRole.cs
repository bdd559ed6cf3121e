using System.Diagnostics.CodeAnalysis;

namespace Concord.Hub.Agencies;

/// <summary>What an API key may do. The wire names are in <see cref="HubRoles"/>.</summary>
public enum HubRole
{
    /// <summary><c>hub-admin</c>: runs the hub (agencies, any key). Belongs to the hub, not to an agency.</summary>
    HubAdmin,

    /// <summary><c>agency-admin</c>: manages its own agency's keys and people.</summary>
    AgencyAdmin,

    /// <summary><c>officer</c>: proposes, signs, suspends and terminates agreements for its agency.</summary>
    Officer,

    /// <summary><c>analyst</c>: submits, reads and acknowledges data for its agency.</summary>
    Analyst,

    /// <summary><c>auditor</c>: reads and verifies the audit log.</summary>
    Auditor,
}

/// <summary>Wire names of <see cref="HubRole"/> (used in JSON, in stored rows and as authorization roles).</summary>
public static class HubRoles
{
    /// <summary>Wire name of <see cref="HubRole.HubAdmin"/>.</summary>
    public const string HubAdmin = "hub-admin";

    /// <summary>Wire name of <see cref="HubRole.AgencyAdmin"/>.</summary>
    public const string AgencyAdmin = "agency-admin";

    /// <summary>Wire name of <see cref="HubRole.Officer"/>.</summary>
    public const string Officer = "officer";

    /// <summary>Wire name of <see cref="HubRole.Analyst"/>.</summary>
    public const string Analyst = "analyst";

    /// <summary>Wire name of <see cref="HubRole.Auditor"/>.</summary>
    public const string Auditor = "auditor";

    /// <summary>The wire name of a role.</summary>
    public static string ToWireName(this HubRole role) => role switch
    {
        HubRole.HubAdmin => HubAdmin,
        HubRole.AgencyAdmin => AgencyAdmin,
        HubRole.Officer => Officer,
        HubRole.Analyst => Analyst,
        HubRole.Auditor => Auditor,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Parses a wire name exactly (case-sensitive, as it appears in the API contract).</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out HubRole? role)
    {
        role = wireName switch
        {
            HubAdmin => HubRole.HubAdmin,
            AgencyAdmin => HubRole.AgencyAdmin,
            Officer => HubRole.Officer,
            Analyst => HubRole.Analyst,
            Auditor => HubRole.Auditor,
            _ => null,
        };
        return role is not null;
    }
}
