using Concord.Hub.Agencies;
using Microsoft.AspNetCore.Authorization;

namespace Concord.Server.Auth;

/// <summary>Authorization policies by role. Resource rules (own agency, agreements) are decided by the hub's
/// services, not here.</summary>
internal static class HubPolicies
{
    public const string HubAdmin = "hub-admin";
    public const string KeyManager = "key-manager";
    public const string Auditor = "auditor";
    public const string AuditReader = "audit-reader";
    public const string DataReader = "data-reader";
    public const string ObjectRegistrar = "object-registrar";
    public const string Officer = "officer";
    public const string OfficerOrAnalyst = "officer-or-analyst";
    public const string Submitter = "submitter";

    public static AuthorizationBuilder AddHubPolicies(this AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder(HubClaims.Scheme).RequireAuthenticatedUser().Build())
        .AddPolicy(HubAdmin, p => p.AddAuthenticationSchemes(HubClaims.Scheme).RequireRole(HubRoles.HubAdmin))
        .AddPolicy(KeyManager, p => p.AddAuthenticationSchemes(HubClaims.Scheme).RequireRole(HubRoles.HubAdmin, HubRoles.AgencyAdmin))
        .AddPolicy(Auditor, p => p.AddAuthenticationSchemes(HubClaims.Scheme).RequireRole(HubRoles.Auditor))
        // The audit log: agencies' auditors (their agency's entries in full, the rest redacted) and the hub administrator.
        .AddPolicy(AuditReader, p => p.AddAuthenticationSchemes(HubClaims.Scheme).RequireRole(HubRoles.Auditor, HubRoles.HubAdmin))
        .AddPolicy(DataReader, p => p.AddAuthenticationSchemes(HubClaims.Scheme)
            .RequireRole(HubRoles.Analyst, HubRoles.Officer, HubRoles.AgencyAdmin, HubRoles.HubAdmin))
        .AddPolicy(ObjectRegistrar, p => p.AddAuthenticationSchemes(HubClaims.Scheme)
            .RequireRole(HubRoles.Analyst, HubRoles.AgencyAdmin, HubRoles.HubAdmin))
        .AddPolicy(Officer, p => p.AddAuthenticationSchemes(HubClaims.Scheme).RequireRole(HubRoles.Officer))
        .AddPolicy(OfficerOrAnalyst, p => p.AddAuthenticationSchemes(HubClaims.Scheme).RequireRole(HubRoles.Officer, HubRoles.Analyst))
        .AddPolicy(Submitter, p => p.AddAuthenticationSchemes(HubClaims.Scheme).RequireRole(HubRoles.Analyst));
}
