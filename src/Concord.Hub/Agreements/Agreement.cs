using Concord.Hub.Release;

namespace Concord.Hub.Agreements;

/// <summary>
/// A data-sharing agreement between two or more agencies: what they share (<see cref="Categories"/>), about which
/// objects (<see cref="ObjectScope"/>), on which conditions, and where it is in its lifecycle. Storage entity and
/// aggregate root. The release policy enforces it (<see cref="ReleasePolicy"/>).
/// </summary>
/// <remarks>Agreements are symmetric: every party releases its <c>partners</c> records in the covered categories to
/// every other party.</remarks>
public sealed class Agreement
{
    /// <summary>Surrogate key (version 7, so it sorts by creation time).</summary>
    public Guid Id { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>The stored lifecycle state: never <see cref="AgreementStatus.Expired"/> (see <see cref="StatusAt"/>).</summary>
    public AgreementStatus Status { get; set; }

    /// <summary>The parties and their signatures, in the order proposed.</summary>
    public List<AgreementParty> Parties { get; init; } = [];

    /// <summary>The kinds of data shared, in the order proposed.</summary>
    public List<DataCategory> Categories { get; init; } = [];

    /// <summary>Which objects the agreement covers.</summary>
    public ObjectScope ObjectScope { get; init; }

    /// <summary>Catalogue numbers covered when <see cref="ObjectScope"/> is <see cref="Agreements.ObjectScope.List"/>;
    /// empty otherwise.</summary>
    public List<int> ObjectIds { get; init; } = [];

    /// <summary>Minutes after the hub stored a record before the agreement releases it (0: at once).</summary>
    public int EmbargoMinutes { get; init; }

    /// <summary>Smallest collision probability (0 to 1) for which conjunction details are shared under this agreement;
    /// <see langword="null"/>: all. Applied by the conjunction feature, which knows the probability.</summary>
    public double? MinimumPc { get; init; }

    /// <summary>When the agreement ends (UTC); <see langword="null"/> for no end.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Agency whose officer proposed it.</summary>
    public required string ProposedBy { get; init; }

    /// <summary>When it was proposed (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the last signature made it active (UTC).</summary>
    public DateTimeOffset? ActivatedAt { get; set; }

    /// <summary>When it was suspended (UTC), while <see cref="AgreementStatus.Suspended"/>.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }

    /// <summary>Agency whose officer suspended it (the only one that may resume it), while suspended.</summary>
    public string? SuspendedBy { get; set; }

    /// <summary>When it was terminated (UTC).</summary>
    public DateTimeOffset? TerminatedAt { get; set; }

    /// <summary>Agency whose officer terminated it.</summary>
    public string? TerminatedBy { get; set; }

    /// <summary>The status at an instant: <see cref="AgreementStatus.Expired"/> once <see cref="ExpiresAt"/> &lt;= now
    /// unless it was terminated first, otherwise the stored <see cref="Status"/>.</summary>
    public AgreementStatus StatusAt(DateTimeOffset now) =>
        Status != AgreementStatus.Terminated && ExpiresAt is { } end && end <= now ? AgreementStatus.Expired : Status;

    /// <summary>Whether an agency is a party.</summary>
    public bool HasParty(string? agencyCode) =>
        agencyCode is not null && Parties.Exists(p => string.Equals(p.AgencyCode, agencyCode, StringComparison.Ordinal));

    /// <summary>Whether the agreement covers a record's object: every object for <c>all</c>; for
    /// <c>owned-by-parties</c> an object owned by a party; for <c>list</c> a listed catalogue number. A record about no
    /// object (or an unregistered one) is covered by <c>all</c> only.</summary>
    public bool CoversObject(int? catalogNumber, string? objectOwner) => ObjectScope switch
    {
        ObjectScope.All => true,
        ObjectScope.OwnedByParties => HasParty(objectOwner),
        ObjectScope.List => catalogNumber is { } number && ObjectIds.Contains(number),
        _ => throw new InvalidOperationException($"Object scope {ObjectScope} is unknown."),
    };
}
