namespace Concord.Hub.Agreements;

/// <summary>One party of an <see cref="Agreement"/> and its signature. Owned by the agreement.</summary>
public sealed class AgreementParty
{
    /// <summary>The party's agency code.</summary>
    public required string AgencyCode { get; init; }

    /// <summary>When the party's officer signed (UTC); <see langword="null"/> until then.</summary>
    public DateTimeOffset? SignedAt { get; set; }

    /// <summary>Who signed, as written in the audit log (<c>key:{id}</c>); <see langword="null"/> until signed.</summary>
    public string? SignedBy { get; set; }

    /// <summary>Whether the party has signed.</summary>
    public bool IsSigned => SignedAt is not null;
}
