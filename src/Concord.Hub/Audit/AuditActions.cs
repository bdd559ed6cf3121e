namespace Concord.Hub.Audit;

/// <summary>The actions written to the audit log (stable strings: they are part of every entry's hash).</summary>
public static class AuditActions
{
    /// <summary>An agency was registered.</summary>
    public const string AgencyCreated = "agency.created";

    /// <summary>An API key was issued.</summary>
    public const string ApiKeyIssued = "api-key.issued";

    /// <summary>An API key was revoked.</summary>
    public const string ApiKeyRevoked = "api-key.revoked";

    /// <summary>A catalog submission was accepted (details: format, records, hash, marking, relTo).</summary>
    public const string SubmissionAccepted = "submission.accepted";

    /// <summary>Catalog records were released to a caller (details: recipient, records, agreements).</summary>
    public const string CatalogReleased = "catalog.released";
}
