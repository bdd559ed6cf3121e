namespace Concord.Hub.Audit;

/// <summary>The actions written to the audit log (stable strings: they are part of every entry's hash).</summary>
public static class AuditActions
{
    /// <summary>An agency was registered.</summary>
    public const string AgencyCreated = "agency.created";

    /// <summary>An API key was issued.</summary>
    public const string ApiKeyIssued = "api-key.issued";

    /// <summary>The hub administrator's key was replaced offline (<c>concord admin rotate-key</c>; details: revoked, the
    /// replaced keys' ids). The new key has its own <see cref="ApiKeyIssued"/> entry and each old one an
    /// <see cref="ApiKeyRevoked"/> entry.</summary>
    public const string HubAdminKeyRotated = "api-key.hub-admin-rotated";

    /// <summary>An API key was revoked.</summary>
    public const string ApiKeyRevoked = "api-key.revoked";

    /// <summary>A space object was registered.</summary>
    public const string ObjectRegistered = "object.registered";

    /// <summary>A space object's registration was changed.</summary>
    public const string ObjectUpdated = "object.updated";
    /// <summary>A hub administrator confirmed an agency's claim to an object (details: noradId, owner).</summary>
    public const string ObjectClaimConfirmed = "object.claim-confirmed";

    /// <summary>A hub administrator rejected an agency's claim to an object (details: noradId, owner, reason).</summary>
    public const string ObjectClaimRejected = "object.claim-rejected";

    /// <summary>The originator released an object to more agencies (details: noradId, from, to, relTo).</summary>
    public const string ObjectMarkingLowered = "object.marking-lowered";

    /// <summary>A confirmed owner designated a provider for its object (details: noradId, owner, provider).</summary>
    public const string ObjectProviderDesignated = "object.provider-designated";

    /// <summary>A confirmed owner revoked a provider of its object (details: noradId, owner, provider).</summary>
    public const string ObjectProviderRevoked = "object.provider-revoked";

    /// <summary>A hub administrator granted an agency a catalog-number range whose claims confirm at once (details:
    /// agency, grantId, first, last).</summary>
    public const string OwnershipGrantCreated = "ownership-grant.created";

    /// <summary>A hub administrator withdrew a standing grant (details: agency, grantId, first, last).</summary>
    public const string OwnershipGrantDeleted = "ownership-grant.deleted";

    /// <summary>An agreement was proposed.</summary>
    public const string AgreementProposed = "agreement.proposed";

    /// <summary>A party signed an agreement.</summary>
    public const string AgreementSigned = "agreement.signed";

    /// <summary>An agreement became active (its last signature).</summary>
    public const string AgreementActivated = "agreement.activated";

    /// <summary>A party suspended an agreement.</summary>
    public const string AgreementSuspended = "agreement.suspended";

    /// <summary>The suspending party resumed an agreement.</summary>
    public const string AgreementResumed = "agreement.resumed";

    /// <summary>A party terminated an agreement.</summary>
    public const string AgreementTerminated = "agreement.terminated";
    /// <summary>A catalog submission was accepted (details: format, records, hash, marking, relTo).</summary>
    public const string SubmissionAccepted = "submission.accepted";

    /// <summary>Catalog records were released to a caller (details: recipient, records, agreements).</summary>
    public const string CatalogReleased = "catalog.released";

    /// <summary>The hub screened objects for conjunctions (details: objects, catalogNumbers (the first 100), catalog,
    /// created, updated, closed).</summary>
    public const string ConjunctionsScreened = "conjunctions.screened";

    /// <summary>An agency administrator created a webhook (details: agency, url).</summary>
    public const string WebhookCreated = "webhook.created";

    /// <summary>An agency administrator deleted a webhook (details: agency, url).</summary>
    public const string WebhookDeleted = "webhook.deleted";

    /// <summary>A party acknowledged a conjunction (details: agency, riskLevel, acknowledgementId).</summary>
    public const string ConjunctionAcknowledged = "conjunction.acknowledged";

    /// <summary>An unacknowledged high-risk conjunction was escalated for a party (details: agency, step, levelSince,
    /// recipients, role).</summary>
    public const string ConjunctionEscalated = "conjunction.escalated";

    /// <summary>A party stated its manoeuvre intent (details: agency, object, intent, maneuverable).</summary>
    public const string ConjunctionIntent = "conjunction.intent";

    /// <summary>A decision was proposed or co-signed (details: agency, decisionId, status, sha256, and for a proposal
    /// maneuveringObject, maneuverAt, planId, supersedes).</summary>
    public const string ConjunctionDecision = "conjunction.decision";

    /// <summary>A party uploaded a manoeuvre plan for a conjunction event (details: plan, object, pairMissDistanceMeters,
    /// conjunctions, new).</summary>
    public const string ConjunctionManeuverPlan = "conjunction.maneuver-plan";

    /// <summary>A key signed in to the web console (details: agency, role).</summary>
    public const string SessionCreated = "session.created";
}
