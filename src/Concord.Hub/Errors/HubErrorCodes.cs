namespace Concord.Hub.Errors;

/// <summary>
/// The hub's error catalogue (house style R14): stable codes shared by the HTTP problem details (R15) and the CLI.
/// Each constant's comment is its message template; tests assert codes and arguments, never text.
/// </summary>
public static class HubErrorCodes
{
    /// <summary>"The request body is not valid JSON for this operation: {0}."</summary>
    public const string RequestMalformed = "request.malformed";

    /// <summary>"Field {0}: {1}."</summary>
    public const string ValidationFailed = "request.validation-failed";

    /// <summary>"No API key was presented (Authorization: Bearer KEY)."</summary>
    public const string AuthMissingKey = "auth.missing-key";

    /// <summary>"The API key is unknown or revoked."</summary>
    public const string AuthInvalidKey = "auth.invalid-key";

    /// <summary>"The API key expired at {0}." (401; the key's <c>expiresAt</c> has passed)</summary>
    public const string AuthExpiredKey = "auth.expired-key";

    /// <summary>"The console session has ended (signed out, idle for longer than {0}, or past its lifetime)." (401)</summary>
    public const string AuthSessionEnded = "auth.session-ended";

    /// <summary>"This operation needs one of the roles {0}."</summary>
    public const string AuthMissingRole = "auth.missing-role";

    /// <summary>"Agency {0} already exists."</summary>
    public const string AgencyDuplicateCode = "agency.duplicate-code";

    /// <summary>"Agency {0} was not found."</summary>
    public const string AgencyNotFound = "agency.not-found";

    /// <summary>"Role {0} is unknown."</summary>
    public const string ApiKeyUnknownRole = "api-key.unknown-role";

    /// <summary>"Role {0} cannot be given to an agency key (hub-admin keys belong to the hub)."</summary>
    public const string ApiKeyRoleNotAssignable = "api-key.role-not-assignable";

    /// <summary>"expiresAt {0} is not after the hub's clock {1}." (a key must be valid for some time when issued)</summary>
    public const string ApiKeyInvalidExpiry = "api-key.invalid-expiry";

    /// <summary>"API key {0} was not found for agency {1}."</summary>
    public const string ApiKeyNotFound = "api-key.not-found";

    /// <summary>"API key {0} is already revoked."</summary>
    public const string ApiKeyAlreadyRevoked = "api-key.already-revoked";

    /// <summary>"Space object {0} was not found." Also for an object the caller may not see (release policy).</summary>
    public const string ObjectNotFound = "object.not-found";

    /// <summary>"Object {0} has no track: …" (no element set of it released to the caller, whether or not it exists, or
    /// one that SGP4 cannot propagate).</summary>
    public const string ObjectNoElements = "object.no-elements";

    /// <summary>"Catalog number {0} is unavailable." The same whether or not the caller may see the object holding it.</summary>
    public const string ObjectCatalogNumberUnavailable = "object.catalog-number-unavailable";

    /// <summary>"Agency {0} may only register objects it owns, not objects of {1}."</summary>
    public const string ObjectOwnerNotOwnAgency = "object.owner-not-own-agency";

    /// <summary>"Only agency {0}, which registered object {1}, may change it."</summary>
    public const string ObjectNotOriginator = "object.not-originator";
    /// <summary>"Object {0} is {1}, not claimed; only a pending claim can be confirmed or rejected."</summary>
    public const string ObjectNotClaimed = "object.not-claimed";

    /// <summary>"Agency {0} is not the confirmed owner of object {1}." (owner rights need a confirmed claim)</summary>
    public const string ObjectNotOwner = "object.not-owner";

    /// <summary>"Agency {0} is already a provider of object {1}."</summary>
    public const string ObjectProviderDuplicate = "object.provider-duplicate";

    /// <summary>"Agency {0} is not a provider of object {1}."</summary>
    public const string ObjectProviderNotFound = "object.provider-not-found";

    /// <summary>"Ownership grant {0} was not found for agency {1}."</summary>
    public const string OwnershipGrantNotFound = "ownership-grant.not-found";

    /// <summary>"Agreement {0} was not found." (also when the caller's agency is not a party)</summary>
    public const string AgreementNotFound = "agreement.not-found";

    /// <summary>"Conjunction {0} was not found." (also when the release policy gives the caller nothing of it)</summary>
    public const string ConjunctionNotFound = "conjunction.not-found";

    /// <summary>"Agreement {0} is {1}; it cannot be {2}."</summary>
    public const string AgreementInvalidTransition = "agreement.invalid-transition";

    /// <summary>"Agency {1} has already signed agreement {0}."</summary>
    public const string AgreementAlreadySigned = "agreement.already-signed";

    /// <summary>"Agreement {0} was suspended by {1}; only its officers may resume it."</summary>
    public const string AgreementNotSuspendingParty = "agreement.not-suspending-party";

    /// <summary>"The database is not reachable."</summary>
    public const string HealthDatabaseUnreachable = "health.database-unreachable";

    /// <summary>"The hub is not ready: {0}." (<c>GET /health/ready</c>; the <c>checks</c> extension lists each check.)</summary>
    public const string HealthNotReady = "health.not-ready";

    /// <summary>"No resource at {0}."</summary>
    public const string RouteNotFound = "request.not-found";

    /// <summary>"Method {0} is not allowed here."</summary>
    public const string MethodNotAllowed = "request.method-not-allowed";

    /// <summary>"The request body is larger than {0} bytes."</summary>
    public const string RequestTooLarge = "request.too-large";

    /// <summary>"Content type {0} is not accepted here."</summary>
    public const string UnsupportedMediaType = "request.unsupported-media-type";

    /// <summary>"Query parameter {0}: {1}."</summary>
    public const string InvalidQuery = "request.invalid-query";

    /// <summary>"Too many {0} from this key; retry after {1} s." (429 with <c>Retry-After</c>; budgets in
    /// <c>Concord:RateLimits</c>)</summary>
    public const string RateLimited = "request.rate-limited";

    /// <summary>"This key already has {0} open streams." (429; <c>Concord:Stream:MaxPerKey</c>)</summary>
    public const string StreamTooMany = "stream.too-many";

    /// <summary>"The message has {0} error(s); nothing was stored." (every diagnostic is listed under <c>diagnostics</c>)</summary>
    public const string SubmissionInvalidContent = "submission.invalid-content";

    /// <summary>"Idempotency key {0} was already used for other content (submission {1})."</summary>
    public const string SubmissionIdempotencyConflict = "submission.idempotency-conflict";

    /// <summary>"Element set of {0} (line {1}) has epoch {2}, more than {3} hours ahead of the hub's clock ({4}); nothing
    /// was stored." (one error per offending set; <c>Concord:Catalog:MaxEpochAheadHours</c>)</summary>
    public const string ElementsEpochInFuture = "elements.epoch-in-future";

    /// <summary>"Conjunction {0}: the CDM carries the other object's state and covariance; only a viewer with the full
    /// event receives it."</summary>
    public const string ConjunctionDetailWithheld = "conjunction.detail-withheld";

    /// <summary>"Conjunction {0} has no CDM {1}." (no update with that id, or an update stored before CDMs were written)</summary>
    public const string ConjunctionCdmNotFound = "conjunction.cdm-not-found";

    /// <summary>"Only the owners of objects {0} and {1} may submit plans for conjunction {2}."</summary>
    public const string ManeuverPlanNotParty = "plan.not-party";

    /// <summary>"The OEM has {0} error(s); nothing was stored." (every diagnostic under <c>diagnostics</c>); also a body
    /// that is not a one-segment, inertial, Earth-centred OEM.</summary>
    public const string ManeuverPlanInvalidContent = "plan.invalid-content";

    /// <summary>"The OEM is for {0}, not for an object of the caller's agency in this conjunction ({1})."</summary>
    public const string ManeuverPlanWrongObject = "plan.wrong-object";

    /// <summary>"The plan's useable interval {0} to {1} does not cover TCA {2}."</summary>
    public const string ManeuverPlanDoesNotCoverTca = "plan.does-not-cover-tca";

    /// <summary>"Maneuver plan {0} was not found."</summary>
    public const string ManeuverPlanNotFound = "plan.not-found";

    /// <summary>"Unexpected server error." (a bug: the log has the details)</summary>
    public const string InternalError = "internal-error";

    /// <summary>"Webhook URL must be an absolute https URL (http only where the operator allows it) of at most {max}
    /// characters, without credentials." (argument: the URL)</summary>
    public const string WebhookInvalidUrl = "webhook.invalid-url";

    /// <summary>"Webhook description must be at most {0} characters."</summary>
    public const string WebhookInvalidDescription = "webhook.invalid-description";

    /// <summary>"Webhook {0} was not found." (also when it belongs to another agency)</summary>
    public const string WebhookNotFound = "webhook.not-found";

    /// <summary>"Webhook URL {0} points at {1}, an address the hub does not call (loopback, private, link-local, multicast,
    /// unspecified or reserved) unless the operator allows its network (<c>Concord:Webhooks:AllowedNetworks</c>)."
    /// (arguments: the URL, the address)</summary>
    public const string WebhookForbiddenDestination = "webhook.forbidden-destination";

    /// <summary>"Agency {0} already has {1} webhooks, the most allowed (<c>Concord:Webhooks:MaxPerAgency</c>)."</summary>
    public const string WebhookLimitReached = "webhook.limit-reached";

    // Conjunction coordination (acknowledgement, escalation, intent, decision).

    /// <summary>"Agency {1} is not a party to conjunction {0}; only the owners of its two objects act on it."</summary>
    public const string ConjunctionNotAParty = "conjunction.not-a-party";

    /// <summary>"Conjunction {0} is closed; its coordination is over."</summary>
    public const string ConjunctionClosed = "conjunction.closed";

    /// <summary>"Agency {1} owns both objects of conjunction {0}; say which one the intent is about (field object)."</summary>
    public const string IntentObjectRequired = "intent.object-required";

    /// <summary>"Object {1} is not an object of agency {2} in conjunction {0}."</summary>
    public const string IntentObjectNotOwn = "intent.object-not-own";

    /// <summary>"Object {1} is not one of the two objects of conjunction {0}."</summary>
    public const string DecisionObjectNotInEvent = "decision.object-not-in-event";

    /// <summary>"The manoeuvre time {1} is not before the TCA {2} of conjunction {0}."</summary>
    public const string DecisionManeuverAfterTca = "decision.maneuver-after-tca";

    /// <summary>"The decision {1} of conjunction {0} is co-signed; it cannot be replaced or signed again."</summary>
    public const string DecisionAlreadyCoSigned = "decision.already-co-signed";

    /// <summary>"Conjunction {0} has no proposed decision to co-sign."</summary>
    public const string DecisionNotFound = "decision.not-found";

    /// <summary>"Decision {1} was proposed by agency {2}; an officer of the other party co-signs it."</summary>
    public const string DecisionOwnProposal = "decision.own-proposal";

    /// <summary>"Decision {1} has content hash {2}, not {3}; read it again before co-signing."</summary>
    public const string DecisionContentMismatch = "decision.content-mismatch";

    /// <summary>"A console session's unsafe request needs the header X-Concord-Console: 1."</summary>
    public const string AuthCsrf = "auth.csrf";
}
