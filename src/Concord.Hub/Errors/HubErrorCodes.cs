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

    /// <summary>"API key {0} was not found for agency {1}."</summary>
    public const string ApiKeyNotFound = "api-key.not-found";

    /// <summary>"API key {0} is already revoked."</summary>
    public const string ApiKeyAlreadyRevoked = "api-key.already-revoked";

    /// <summary>"Space object {0} was not found." Also for an object the caller may not see (release policy).</summary>
    public const string ObjectNotFound = "object.not-found";

    /// <summary>"Catalog number {0} is unavailable." The same whether or not the caller may see the object holding it.</summary>
    public const string ObjectCatalogNumberUnavailable = "object.catalog-number-unavailable";

    /// <summary>"Agency {0} may only register objects it owns, not objects of {1}."</summary>
    public const string ObjectOwnerNotOwnAgency = "object.owner-not-own-agency";

    /// <summary>"Only agency {0}, which registered object {1}, may change it."</summary>
    public const string ObjectNotOriginator = "object.not-originator";
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

    /// <summary>"The message has {0} error(s); nothing was stored." (every diagnostic is listed under <c>diagnostics</c>)</summary>
    public const string SubmissionInvalidContent = "submission.invalid-content";

    /// <summary>"Idempotency key {0} was already used for other content (submission {1})."</summary>
    public const string SubmissionIdempotencyConflict = "submission.idempotency-conflict";

    /// <summary>"Unexpected server error." (a bug: the log has the details)</summary>
    public const string InternalError = "internal-error";

    /// <summary>"Webhook URL must be an absolute http or https URL of at most {max} characters, without credentials." (argument: the URL)</summary>
    public const string WebhookInvalidUrl = "webhook.invalid-url";

    /// <summary>"Webhook description must be at most {0} characters."</summary>
    public const string WebhookInvalidDescription = "webhook.invalid-description";

    /// <summary>"Webhook {0} was not found." (also when it belongs to another agency)</summary>
    public const string WebhookNotFound = "webhook.not-found";
}
