using System.Globalization;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.SpaceObjects;

/// <summary>Who owns a catalog number: a hub administrator confirms or rejects agencies' claims and gives standing
/// grants of catalog-number ranges; a confirmed owner designates and revokes providers. Every change is audited in its
/// transaction. Scoped (one per request).</summary>
/// <remarks>Role checks of the hub administrator's operations are the caller's (the server's <c>hub-admin</c> policy);
/// provider designation checks that the caller's agency is the confirmed owner here.</remarks>
public sealed class OwnershipService(HubDbContext db, AuditLog audit, HubWriteGate gate, ReleasePolicy policy, TimeProvider time)
{
    /// <summary>Longest rejection reason (the stored column).</summary>
    public const int MaxReasonLength = 1024;

    /// <summary>Confirms a pending claim (<see cref="AuditActions.ObjectClaimConfirmed"/>): the claimant becomes the
    /// confirmed owner. <see cref="HubErrorCodes.ObjectNotFound"/> for an unknown number,
    /// <see cref="HubErrorCodes.ObjectNotClaimed"/> (409) when the object is confirmed or rejected.</summary>
    public Task<HubResult<SpaceObject>> ConfirmAsync(string noradId, Actor actor, CancellationToken cancellationToken) =>
        DecideAsync(noradId, ClaimStatus.Confirmed, null, actor, cancellationToken);

    /// <summary>Rejects a pending claim with a reason (1 to <see cref="MaxReasonLength"/> characters, else 422)
    /// (<see cref="AuditActions.ObjectClaimRejected"/>); the number may then be claimed again by any agency. Errors as
    /// <see cref="ConfirmAsync"/>.</summary>
    public async Task<HubResult<SpaceObject>> RejectAsync(string noradId, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return HubResult<SpaceObject>.Fail(Invalid("reason", $"must be 1 to {MaxReasonLength} characters"));
        }

        return await DecideAsync(noradId, ClaimStatus.Rejected, reason.Trim(), actor, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HubResult<SpaceObject>> DecideAsync(string noradId, ClaimStatus decision, string? reason, Actor actor,
        CancellationToken cancellationToken)
    {
        if (!SpaceObjectRules.TryParseCatalogNumber(noradId, out int catalogNumber))
        {
            return HubResult<SpaceObject>.Fail(ObjectNotFound(noradId));
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        SpaceObject? spaceObject = await db.SpaceObjects.FirstOrDefaultAsync(o => o.CatalogNumber == catalogNumber, cancellationToken)
            .ConfigureAwait(false);
        if (spaceObject is null)
        {
            return HubResult<SpaceObject>.Fail(ObjectNotFound(noradId));
        }

        if (spaceObject.Claim != ClaimStatus.Claimed)
        {
            return HubResult<SpaceObject>.Fail(HubError.Create(HubErrorCodes.ObjectNotClaimed, HubErrorKind.Conflict,
                $"Object {noradId} is {spaceObject.Claim.ToWireName()}, not claimed; only a pending claim can be confirmed or rejected.",
                noradId, spaceObject.Claim.ToWireName()));
        }

        spaceObject.Claim = decision;
        spaceObject.ClaimReason = reason;
        spaceObject.UpdatedAt = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        var details = new Dictionary<string, string?>
        {
            ["noradId"] = noradId,
            ["owner"] = spaceObject.Owner,
        };
        if (reason is not null)
        {
            details["reason"] = reason;
        }

        await audit.Append(actor, decision == ClaimStatus.Confirmed ? AuditActions.ObjectClaimConfirmed : AuditActions.ObjectClaimRejected,
            ObjectSubject(catalogNumber), details, cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<SpaceObject>.Ok(spaceObject);
    }

    /// <summary>Gives <paramref name="agency"/> a standing grant of [<paramref name="first"/>, <paramref name="last"/>]
    /// (<see cref="AuditActions.OwnershipGrantCreated"/>): its later claims in the range are confirmed at once; claims
    /// already pending are not changed. 404 <see cref="HubErrorCodes.AgencyNotFound"/>; 422 listing every problem (first
    /// and last required, 1 to <see cref="SpaceObjectRules.MaxCatalogNumber"/>, first &lt;= last).</summary>
    public async Task<HubResult<OwnershipGrant>> GrantAsync(string agency, long? first, long? last, Actor actor,
        CancellationToken cancellationToken)
    {
        var errors = new List<HubError>();
        CheckNumber("first", first, errors);
        CheckNumber("last", last, errors);
        if (errors.Count == 0 && first > last)
        {
            errors.Add(Invalid("last", "must not be less than first"));
        }

        if (!await AgencyExistsAsync(agency, cancellationToken).ConfigureAwait(false))
        {
            return HubResult<OwnershipGrant>.Fail(AgencyNotFound(agency));
        }

        if (errors.Count > 0)
        {
            return HubResult<OwnershipGrant>.Fail(errors);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        var grant = new OwnershipGrant
        {
            Id = Guid.CreateVersion7(now),
            Agency = agency,
            First = (int)first!.Value,
            Last = (int)last!.Value,
            CreatedAt = now,
        };
        db.OwnershipGrants.Add(grant);
        await audit.Append(actor, AuditActions.OwnershipGrantCreated, GrantSubject(agency), GrantDetails(grant), cancellationToken)
            .ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<OwnershipGrant>.Ok(grant);
    }

    /// <summary>The agency's standing grants, by first catalog number; 404 for an unknown agency.</summary>
    public async Task<HubResult<IReadOnlyList<OwnershipGrant>>> ListGrantsAsync(string agency, CancellationToken cancellationToken)
    {
        if (!await AgencyExistsAsync(agency, cancellationToken).ConfigureAwait(false))
        {
            return HubResult<IReadOnlyList<OwnershipGrant>>.Fail(AgencyNotFound(agency));
        }

        List<OwnershipGrant> grants = await db.OwnershipGrants.AsNoTracking().Where(g => g.Agency == agency)
            .OrderBy(g => g.First).ThenBy(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<IReadOnlyList<OwnershipGrant>>.Ok(grants);
    }

    /// <summary>Withdraws a standing grant (<see cref="AuditActions.OwnershipGrantDeleted"/>); objects confirmed under it
    /// stay confirmed. 404 <see cref="HubErrorCodes.OwnershipGrantNotFound"/> when the agency has no such grant.</summary>
    public async Task<HubResult<OwnershipGrant>> DeleteGrantAsync(string agency, Guid id, Actor actor, CancellationToken cancellationToken)
    {
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        OwnershipGrant? grant = await db.OwnershipGrants.FirstOrDefaultAsync(g => g.Id == id && g.Agency == agency, cancellationToken)
            .ConfigureAwait(false);
        if (grant is null)
        {
            return HubResult<OwnershipGrant>.Fail(HubError.Create(HubErrorCodes.OwnershipGrantNotFound, HubErrorKind.NotFound,
                $"Ownership grant {id:D} was not found for agency {agency}.", id.ToString("D"), agency));
        }

        db.OwnershipGrants.Remove(grant);
        await audit.Append(actor, AuditActions.OwnershipGrantDeleted, GrantSubject(agency), GrantDetails(grant), cancellationToken)
            .ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<OwnershipGrant>.Ok(grant);
    }

    /// <summary>The providers of an object, by agency code: for its confirmed owner's keys and a hub administrator.
    /// 404 when the caller cannot see the object, 403 <see cref="HubErrorCodes.ObjectNotOwner"/> when its agency is not
    /// the confirmed owner.</summary>
    public async Task<HubResult<IReadOnlyList<ObjectProvider>>> ListProvidersAsync(string noradId, Actor actor, CancellationToken cancellationToken)
    {
        ReleaseView view = await policy.ForViewerAsync(actor, cancellationToken).ConfigureAwait(false);
        HubResult<SpaceObject> owned = await FindOwnedAsync(noradId, actor, view, cancellationToken).ConfigureAwait(false);
        if (!owned.Success)
        {
            return HubResult<IReadOnlyList<ObjectProvider>>.Fail(owned.Errors);
        }

        int catalogNumber = owned.Value.CatalogNumber;
        List<ObjectProvider> providers = await db.ObjectProviders.AsNoTracking().Where(p => p.CatalogNumber == catalogNumber)
            .OrderBy(p => p.Agency).ToListAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<IReadOnlyList<ObjectProvider>>.Ok(providers);
    }

    /// <summary>Designates <paramref name="agency"/> as a provider of the object (<see cref="AuditActions.ObjectProviderDesignated"/>).
    /// Only the confirmed owner's analysts and agency administrators, or a hub administrator (on the owner's behalf). 404
    /// when the caller cannot see the object or the agency is unknown; 403 <see cref="HubErrorCodes.ObjectNotOwner"/>
    /// when the caller's agency is not the confirmed owner (a pending claim gives no rights); 409
    /// <see cref="HubErrorCodes.ObjectProviderDuplicate"/>; 422 for the owner itself.</summary>
    public async Task<HubResult<ObjectProvider>> DesignateProviderAsync(string noradId, string? agency, Actor actor,
        CancellationToken cancellationToken)
    {
        if (CheckWriterRole(actor) is { } forbidden)
        {
            return HubResult<ObjectProvider>.Fail(forbidden);
        }

        if (string.IsNullOrEmpty(agency))
        {
            return HubResult<ObjectProvider>.Fail(Invalid("agency", "must be the code of a registered agency"));
        }

        ReleaseView view = await policy.ForViewerAsync(actor, cancellationToken).ConfigureAwait(false);
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        HubResult<SpaceObject> owned = await FindOwnedAsync(noradId, actor, view, cancellationToken).ConfigureAwait(false);
        if (!owned.Success)
        {
            return HubResult<ObjectProvider>.Fail(owned.Errors);
        }

        SpaceObject spaceObject = owned.Value;
        if (!await AgencyExistsAsync(agency, cancellationToken).ConfigureAwait(false))
        {
            return HubResult<ObjectProvider>.Fail(AgencyNotFound(agency));
        }

        if (string.Equals(agency, spaceObject.Owner, StringComparison.Ordinal))
        {
            return HubResult<ObjectProvider>.Fail(Invalid("agency", "must not be the owner itself"));
        }

        int catalogNumber = spaceObject.CatalogNumber;
        if (await db.ObjectProviders.AnyAsync(p => p.CatalogNumber == catalogNumber && p.Agency == agency, cancellationToken).ConfigureAwait(false))
        {
            return HubResult<ObjectProvider>.Fail(HubError.Create(HubErrorCodes.ObjectProviderDuplicate, HubErrorKind.Conflict,
                $"Agency {agency} is already a provider of object {noradId}.", agency, noradId));
        }

        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        var provider = new ObjectProvider
        {
            Id = Guid.CreateVersion7(now),
            CatalogNumber = catalogNumber,
            Agency = agency,
            DesignatedBy = spaceObject.Owner,
            DesignatedAt = now,
        };
        db.ObjectProviders.Add(provider);
        await audit.Append(actor, AuditActions.ObjectProviderDesignated, ObjectSubject(catalogNumber), ProviderDetails(spaceObject, agency),
            cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<ObjectProvider>.Ok(provider);
    }

    /// <summary>Ends a designation (<see cref="AuditActions.ObjectProviderRevoked"/>). Who may: as
    /// <see cref="DesignateProviderAsync"/>; 404 <see cref="HubErrorCodes.ObjectProviderNotFound"/> when the agency is
    /// not a provider of the object.</summary>
    public async Task<HubResult<ObjectProvider>> RevokeProviderAsync(string noradId, string agency, Actor actor,
        CancellationToken cancellationToken)
    {
        if (CheckWriterRole(actor) is { } forbidden)
        {
            return HubResult<ObjectProvider>.Fail(forbidden);
        }

        ReleaseView view = await policy.ForViewerAsync(actor, cancellationToken).ConfigureAwait(false);
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        HubResult<SpaceObject> owned = await FindOwnedAsync(noradId, actor, view, cancellationToken).ConfigureAwait(false);
        if (!owned.Success)
        {
            return HubResult<ObjectProvider>.Fail(owned.Errors);
        }

        SpaceObject spaceObject = owned.Value;
        int catalogNumber = spaceObject.CatalogNumber;
        ObjectProvider? provider = await db.ObjectProviders
            .FirstOrDefaultAsync(p => p.CatalogNumber == catalogNumber && p.Agency == agency, cancellationToken).ConfigureAwait(false);
        if (provider is null)
        {
            return HubResult<ObjectProvider>.Fail(HubError.Create(HubErrorCodes.ObjectProviderNotFound, HubErrorKind.NotFound,
                $"Agency {agency} is not a provider of object {noradId}.", agency, noradId));
        }

        db.ObjectProviders.Remove(provider);
        await audit.Append(actor, AuditActions.ObjectProviderRevoked, ObjectSubject(catalogNumber), ProviderDetails(spaceObject, agency),
            cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<ObjectProvider>.Ok(provider);
    }

    /// <summary>The providers the caller is shown in each object's JSON, by catalog number: all of them to a hub
    /// administrator and to the confirmed owner; objects whose providers the caller is not shown are absent.</summary>
    public async Task<Dictionary<int, string[]>> ShownProvidersAsync(IReadOnlyCollection<SpaceObject> objects, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(actor);
        int[] shown = [.. objects.Where(o => MayManageProviders(o, actor)).Select(o => o.CatalogNumber)];
        if (shown.Length == 0)
        {
            return [];
        }

        var rows = await db.ObjectProviders.AsNoTracking().Where(p => shown.Contains(p.CatalogNumber))
            .Select(p => new { p.CatalogNumber, p.Agency }).ToListAsync(cancellationToken).ConfigureAwait(false);
        ILookup<int, string> byNumber = rows.ToLookup(p => p.CatalogNumber, p => p.Agency);
        return shown.ToDictionary(n => n, n => byNumber[n].Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Whether the actor manages the object's providers: a hub administrator, or a key of its confirmed owner.</summary>
    public static bool MayManageProviders(SpaceObject spaceObject, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(spaceObject);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == HubRole.HubAdmin
            || (spaceObject.Claim == ClaimStatus.Confirmed && string.Equals(actor.AgencyCode, spaceObject.Owner, StringComparison.Ordinal));
    }

    // The object if the caller sees it (else 404) and manages its providers (else 403 object.not-owner). A hub
    // administrator acts for the confirmed owner of any object, whatever its marking.
    private async Task<HubResult<SpaceObject>> FindOwnedAsync(string noradId, Actor actor, ReleaseView view, CancellationToken cancellationToken)
    {
        if (!SpaceObjectRules.TryParseCatalogNumber(noradId, out int catalogNumber))
        {
            return HubResult<SpaceObject>.Fail(ObjectNotFound(noradId));
        }

        SpaceObject? spaceObject = await db.SpaceObjects.AsNoTracking().FirstOrDefaultAsync(o => o.CatalogNumber == catalogNumber, cancellationToken)
            .ConfigureAwait(false);
        if (spaceObject is null || (actor.Role != HubRole.HubAdmin && !SpaceObjectService.IsVisible(view, actor, spaceObject)))
        {
            return HubResult<SpaceObject>.Fail(ObjectNotFound(noradId));
        }

        return spaceObject.Claim == ClaimStatus.Confirmed && MayManageProviders(spaceObject, actor)
            ? HubResult<SpaceObject>.Ok(spaceObject)
            : HubResult<SpaceObject>.Fail(HubError.Create(HubErrorCodes.ObjectNotOwner, HubErrorKind.Forbidden,
                $"Agency {actor.AgencyCode ?? "(hub)"} is not the confirmed owner of object {noradId}.", actor.AgencyCode ?? "", noradId));
    }

    private async Task<bool> AgencyExistsAsync(string agency, CancellationToken cancellationToken) =>
        AgencyRules.IsValidCode(agency)
        && await db.Agencies.AsNoTracking().AnyAsync(a => a.Code == agency, cancellationToken).ConfigureAwait(false);

    private static void CheckNumber(string field, long? value, List<HubError> errors)
    {
        if (value is not (>= 1 and <= SpaceObjectRules.MaxCatalogNumber))
        {
            errors.Add(Invalid(field, $"must be a catalog number 1 to {SpaceObjectRules.MaxCatalogNumber}"));
        }
    }

    private static Dictionary<string, string?> GrantDetails(OwnershipGrant grant) => new()
    {
        ["agency"] = grant.Agency,
        ["grantId"] = grant.Id.ToString("D"),
        ["first"] = grant.First.ToString(CultureInfo.InvariantCulture),
        ["last"] = grant.Last.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string?> ProviderDetails(SpaceObject spaceObject, string agency) => new()
    {
        ["noradId"] = spaceObject.CatalogNumber.ToString(CultureInfo.InvariantCulture),
        ["owner"] = spaceObject.Owner,
        ["provider"] = agency,
    };

    private static HubError? CheckWriterRole(Actor actor) =>
        actor.Role is HubRole.Analyst or HubRole.AgencyAdmin or HubRole.HubAdmin
            ? null
            : HubError.Create(HubErrorCodes.AuthMissingRole, HubErrorKind.Forbidden,
                "Designating providers needs one of the roles analyst, agency-admin, hub-admin.",
                $"{HubRoles.Analyst},{HubRoles.AgencyAdmin},{HubRoles.HubAdmin}");

    private static string ObjectSubject(int catalogNumber) => string.Create(CultureInfo.InvariantCulture, $"object:{catalogNumber}");

    private static string GrantSubject(string agency) => $"agency:{agency}";

    private static HubError ObjectNotFound(string noradId) =>
        HubError.Create(HubErrorCodes.ObjectNotFound, HubErrorKind.NotFound, $"Space object {noradId} was not found.", noradId);

    private static HubError AgencyNotFound(string agency) =>
        HubError.Create(HubErrorCodes.AgencyNotFound, HubErrorKind.NotFound, $"Agency {agency} was not found.", agency);

    private static HubError Invalid(string field, string rule) =>
        HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid, $"Field {field}: {rule}.", field, rule);
}
