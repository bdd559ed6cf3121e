using System.Globalization;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.SpaceObjects;

/// <summary>Registers, replaces, finds and lists space objects. Scoped (one per request).</summary>
/// <remarks>
/// <para>Reads go through the <see cref="ReleasePolicy"/> only: an object the caller may not see is absent (not found,
/// not listed), never "forbidden". The one addition: a hub administrator (who otherwise sees public records only)
/// sees objects whose claim is pending (<see cref="ClaimStatus.Claimed"/>), since deciding them is its task.</para>
/// <para>Catalogue numbers are unique across the hub, whoever may see the object holding one. Registering a number that
/// is confirmed to an agency or claimed by one (pending) fails with <see cref="HubErrorCodes.ObjectCatalogNumberUnavailable"/>
/// whether or not the caller can see the holder, and says nothing else (not the owner, name, marking or whether the
/// holder is confirmed). A pending claim is resolved by a hub administrator; once rejected, anyone may claim the number
/// again. The trade-off: a caller learns that some record holds the number, which cannot be hidden without letting two
/// agencies register the same number; catalogue numbers are assigned by public catalogues anyway, and the record's
/// contents stay withheld.</para>
/// <para>Audit entries name the object, its owner, claim, marking and relTo, and for updates the names of the changed
/// fields, but no registration values, so that the audit log (readable by every auditor) does not bypass the
/// release policy.</para>
/// </remarks>
public sealed class SpaceObjectService(HubDbContext db, AuditLog audit, HubWriteGate gate, ReleasePolicy policy, TimeProvider time,
    ReleaseOptions releaseOptions)
{
    // Rows read per round trip while filling a page: a page of released objects may need several when many are withheld.
    private const int MinScanBatch = 100;

    /// <summary>Registers an object and audits it in the same transaction (<see cref="AuditActions.ObjectRegistered"/>).
    /// An analyst or agency administrator registers objects its own agency owns: that is a claim
    /// (<see cref="ClaimStatus.Claimed"/>) until a hub administrator confirms it, or confirmed at once when a standing
    /// <see cref="OwnershipGrant"/> of the agency covers the number. A hub administrator registers for any agency, and
    /// that registration is confirmed. The originator is the owner (a hub administrator registers on the owner's behalf).
    /// A registration without a marking gets the hub's default (<see cref="ReleaseOptions.DefaultMarking"/>,
    /// <c>partners</c> unless the operator set <c>public</c>). A rejected claim's row is reused by the new claimant.</summary>
    public async Task<HubResult<SpaceObject>> RegisterAsync(SpaceObjectRegistration registration, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (CheckWriterRole(actor) is { } forbidden)
        {
            return HubResult<SpaceObject>.Fail(forbidden);
        }

        registration = registration with { Marking = registration.Marking ?? releaseOptions.Default.ToWireName() };
        IReadOnlySet<string> agencies = await ExistingAgenciesAsync(registration, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<HubError> errors = SpaceObjectRules.Validate(registration, agencies, Today());
        if (errors.Count > 0)
        {
            return HubResult<SpaceObject>.Fail(errors);
        }

        string owner = registration.Owner!;
        if (actor.Role != HubRole.HubAdmin && !string.Equals(actor.AgencyCode, owner, StringComparison.Ordinal))
        {
            return HubResult<SpaceObject>.Fail(HubError.Create(HubErrorCodes.ObjectOwnerNotOwnAgency, HubErrorKind.Forbidden,
                $"Agency {actor.AgencyCode} may only register objects it owns, not objects of {owner}.", actor.AgencyCode ?? "", owner));
        }

        _ = SpaceObjectRules.TryParseCatalogNumber(registration.NoradId, out int catalogNumber);
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        SpaceObject? existing = await db.SpaceObjects.FirstOrDefaultAsync(o => o.CatalogNumber == catalogNumber, cancellationToken)
            .ConfigureAwait(false);
        if (existing is not null && existing.Claim != ClaimStatus.Rejected)
        {
            return HubResult<SpaceObject>.Fail(HubError.Create(HubErrorCodes.ObjectCatalogNumberUnavailable, HubErrorKind.Conflict,
                $"Catalog number {registration.NoradId} is unavailable.", registration.NoradId!));
        }

        bool confirmed = actor.Role == HubRole.HubAdmin || await db.OwnershipGrants.AsNoTracking()
            .AnyAsync(g => g.Agency == owner && g.First <= catalogNumber && g.Last >= catalogNumber, cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        SpaceObject spaceObject = existing ?? new SpaceObject
        {
            Id = Guid.CreateVersion7(now),
            CatalogNumber = catalogNumber,
            Name = "",
            Owner = owner,
            Originator = owner,
        };
        spaceObject.Owner = owner;
        spaceObject.Originator = owner;
        spaceObject.Claim = confirmed ? ClaimStatus.Confirmed : ClaimStatus.Claimed;
        spaceObject.ClaimReason = null;
        spaceObject.CreatedAt = now;
        spaceObject.UpdatedAt = now;
        Apply(spaceObject, registration);
        if (existing is null)
        {
            db.SpaceObjects.Add(spaceObject);
        }

        await audit.Append(actor, AuditActions.ObjectRegistered, Subject(spaceObject), new Dictionary<string, string?>
        {
            ["noradId"] = registration.NoradId,
            ["owner"] = spaceObject.Owner,
            ["originator"] = spaceObject.Originator,
            ["claim"] = spaceObject.Claim.ToWireName(),
            ["marking"] = spaceObject.Marking.ToWireName(),
            ["relTo"] = string.Join(',', spaceObject.RelTo),
        }, cancellationToken, [spaceObject.Owner, spaceObject.Originator]).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<SpaceObject>.Ok(spaceObject);
    }

    /// <summary>Replaces a registration (PUT semantics: an absent optional field is cleared; an absent marking keeps the
    /// current marking and, unless given, its relTo) and audits the names of the changed fields
    /// (<see cref="AuditActions.ObjectUpdated"/>). Only the originator's analysts and agency administrators, or a hub
    /// administrator, may do this, and only on an object they can see; the owner cannot change. Lowering the marking
    /// (releasing to more agencies: restricted to partners or public, partners to public) must be explicit in the
    /// request and is the originator's act alone (a hub administrator gets <see cref="HubErrorCodes.ObjectNotOriginator"/>);
    /// it is audited once more as <see cref="AuditActions.ObjectMarkingLowered"/> with from and to. A replacement that
    /// changes nothing writes nothing.</summary>
    public async Task<HubResult<SpaceObject>> UpdateAsync(string noradId, SpaceObjectRegistration registration, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (CheckWriterRole(actor) is { } forbidden)
        {
            return HubResult<SpaceObject>.Fail(forbidden);
        }

        if (!SpaceObjectRules.TryParseCatalogNumber(noradId, out int catalogNumber))
        {
            return HubResult<SpaceObject>.Fail(NotFound(noradId));
        }

        registration = registration with { NoradId = registration.NoradId ?? noradId };
        ReleaseView view = await policy.ForViewerAsync(actor, cancellationToken).ConfigureAwait(false);
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        SpaceObject? spaceObject = await db.SpaceObjects
            .FirstOrDefaultAsync(o => o.CatalogNumber == catalogNumber, cancellationToken).ConfigureAwait(false);
        if (spaceObject is null || !IsVisible(view, actor, spaceObject))
        {
            return HubResult<SpaceObject>.Fail(NotFound(noradId));
        }

        if (actor.Role != HubRole.HubAdmin && !string.Equals(actor.AgencyCode, spaceObject.Originator, StringComparison.Ordinal))
        {
            return HubResult<SpaceObject>.Fail(HubError.Create(HubErrorCodes.ObjectNotOriginator, HubErrorKind.Forbidden,
                $"Only agency {spaceObject.Originator}, which registered object {noradId}, may change it.", spaceObject.Originator, noradId));
        }

        if (registration.Marking is null)
        {
            registration = registration with
            {
                Marking = spaceObject.Marking.ToWireName(),
                RelTo = registration.RelTo ?? (spaceObject.Marking == Marking.Restricted ? [.. spaceObject.RelTo] : null),
            };
        }

        IReadOnlySet<string> agencies = await ExistingAgenciesAsync(registration, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<HubError> errors = SpaceObjectRules.ValidateReplacement(spaceObject, registration, agencies, Today());
        if (errors.Count > 0)
        {
            return HubResult<SpaceObject>.Fail(errors);
        }

        Marking from = spaceObject.Marking;
        Marking to = Markings.TryParse(registration.Marking, out Marking? parsed) ? parsed.Value : from;
        bool lowered = Openness(to) > Openness(from);
        if (lowered && !string.Equals(actor.AgencyCode, spaceObject.Originator, StringComparison.Ordinal))
        {
            return HubResult<SpaceObject>.Fail(HubError.Create(HubErrorCodes.ObjectNotOriginator, HubErrorKind.Forbidden,
                $"Only agency {spaceObject.Originator}, which registered object {noradId}, may release it to more agencies.",
                spaceObject.Originator, noradId));
        }

        IReadOnlyList<string> changed = Apply(spaceObject, registration);
        if (changed.Count == 0)
        {
            return HubResult<SpaceObject>.Ok(spaceObject);
        }

        spaceObject.UpdatedAt = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        await audit.Append(actor, AuditActions.ObjectUpdated, Subject(spaceObject), new Dictionary<string, string?>
        {
            ["noradId"] = noradId,
            ["owner"] = spaceObject.Owner,
            ["marking"] = spaceObject.Marking.ToWireName(),
            ["relTo"] = string.Join(',', spaceObject.RelTo),
            ["changed"] = string.Join(',', changed),
        }, cancellationToken, [spaceObject.Owner, spaceObject.Originator]).ConfigureAwait(false);
        if (lowered)
        {
            await audit.Append(actor, AuditActions.ObjectMarkingLowered, Subject(spaceObject), new Dictionary<string, string?>
            {
                ["noradId"] = noradId,
                ["owner"] = spaceObject.Owner,
                ["from"] = from.ToWireName(),
                ["to"] = to.ToWireName(),
                ["relTo"] = string.Join(',', spaceObject.RelTo),
            }, cancellationToken, [spaceObject.Owner, spaceObject.Originator]).ConfigureAwait(false);
        }

        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<SpaceObject>.Ok(spaceObject);
    }

    /// <summary>One object by catalogue number, if the caller may see it; otherwise (absent, withheld, or not a
    /// catalogue number) <see cref="HubErrorCodes.ObjectNotFound"/>.</summary>
    public async Task<HubResult<SpaceObject>> GetAsync(string noradId, Actor actor, CancellationToken cancellationToken)
    {
        if (!SpaceObjectRules.TryParseCatalogNumber(noradId, out int catalogNumber))
        {
            return HubResult<SpaceObject>.Fail(NotFound(noradId));
        }

        ReleaseView view = await policy.ForViewerAsync(actor, cancellationToken).ConfigureAwait(false);
        SpaceObject? spaceObject = await db.SpaceObjects.AsNoTracking()
            .FirstOrDefaultAsync(o => o.CatalogNumber == catalogNumber, cancellationToken).ConfigureAwait(false);
        return spaceObject is not null && IsVisible(view, actor, spaceObject)
            ? HubResult<SpaceObject>.Ok(spaceObject)
            : HubResult<SpaceObject>.Fail(NotFound(noradId));
    }

    /// <summary>The objects the caller may see that match the filters, ordered by catalogue number, one page.</summary>
    /// <remarks>Filters run in the database; release decisions run on the rows read, which are read in batches until
    /// the page is full or the catalogue ends. So a page shorter than <see cref="SpaceObjectQuery.Limit"/> is the last,
    /// and a cursor never skips a visible object.</remarks>
    public async Task<IReadOnlyList<SpaceObject>> ListAsync(SpaceObjectQuery query, Actor actor, CancellationToken cancellationToken) =>
        (await ListPageAsync(query, actor, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>As <see cref="ListAsync"/>, and whether a next page holds at least one object the caller may see.</summary>
    public async Task<HubPage<SpaceObject>> ListPageAsync(SpaceObjectQuery query, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, SpaceObjectQuery.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(query.AfterCatalogNumber);

        ReleaseView view = await policy.ForViewerAsync(actor, cancellationToken).ConfigureAwait(false);
        IQueryable<SpaceObject> filtered = db.SpaceObjects.AsNoTracking();
        if (query.Owner is { } owner)
        {
            filtered = filtered.Where(o => o.Owner == owner);
        }

        if (!string.IsNullOrEmpty(query.NameContains))
        {
            string part = query.NameContains.ToLowerInvariant();
            // ToLower translates to lower() in both providers; the name column keeps its original case.
            filtered = filtered.Where(o => o.Name.ToLower().Contains(part));
        }

        if (query.Status is { } status)
        {
            filtered = filtered.Where(o => o.Status == status);
        }

        if (query.Claim is { } claim)
        {
            filtered = filtered.Where(o => o.Claim == claim);
        }

        if (query.Regime is { } regime)
        {
            filtered = filtered.Where(SpaceObjectRegimes.Predicate(regime));
        }

        // One object more than the page: it tells whether a next page exists.
        var page = new List<SpaceObject>(query.Limit + 1);
        int batch = Math.Max(query.Limit + 1, MinScanBatch);
        int after = query.AfterCatalogNumber;
        while (page.Count <= query.Limit)
        {
            int cursor = after;
            List<SpaceObject> rows = await filtered.Where(o => o.CatalogNumber > cursor).OrderBy(o => o.CatalogNumber)
                .Take(batch).ToListAsync(cancellationToken).ConfigureAwait(false);
            page.AddRange(rows.Where(o => IsVisible(view, actor, o)).Take(query.Limit + 1 - page.Count));
            if (rows.Count < batch)
            {
                break;
            }

            after = rows[^1].CatalogNumber;
        }

        return page.Count > query.Limit ? new HubPage<SpaceObject>(page[..query.Limit], HasMore: true) : new HubPage<SpaceObject>(page, HasMore: false);
    }

    private async Task<IReadOnlySet<string>> ExistingAgenciesAsync(SpaceObjectRegistration registration, CancellationToken cancellationToken)
    {
        string[] codes = (registration.RelTo ?? []).Append(registration.Owner)
            .Where(AgencyRules.IsValidCode).Select(c => c!).Distinct(StringComparer.Ordinal).ToArray();
        if (codes.Length == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        List<string> found = await db.Agencies.AsNoTracking().Where(a => codes.Contains(a.Code)).Select(a => a.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    // Sets the validated registration's values; returns the wire names of the fields that changed.
    private static List<string> Apply(SpaceObject target, SpaceObjectRegistration source)
    {
        var changed = new List<string>();
        Set(target.Name, source.Name!.Trim(), v => target.Name = v, "name", changed);
        Set(target.InternationalDesignator, source.InternationalDesignator, v => target.InternationalDesignator = v, "internationalDesignator", changed);
        Set(target.LaunchingState, source.LaunchingState, v => target.LaunchingState = v, "launchingState", changed);
        DateOnly? launchDate = SpaceObjectRules.TryParseDate(source.LaunchDate, out DateOnly date) ? date : null;
        Set(target.LaunchDate, launchDate, v => target.LaunchDate = v, "launchDate", changed);
        Set(target.LaunchSite, source.LaunchSite?.Trim(), v => target.LaunchSite = v, "launchSite", changed);
        Set(target.NodalPeriodMinutes, source.NodalPeriodMinutes, v => target.NodalPeriodMinutes = v, "nodalPeriodMinutes", changed);
        Set(target.InclinationDegrees, source.InclinationDegrees, v => target.InclinationDegrees = v, "inclinationDegrees", changed);
        Set(target.ApogeeKilometers, source.ApogeeKilometers, v => target.ApogeeKilometers = v, "apogeeKilometers", changed);
        Set(target.PerigeeKilometers, source.PerigeeKilometers, v => target.PerigeeKilometers = v, "perigeeKilometers", changed);
        Set(target.GeneralFunction, source.GeneralFunction?.Trim(), v => target.GeneralFunction = v, "generalFunction", changed);
        SpaceObjectStatus status = SpaceObjectStatuses.TryParse(source.Status, out SpaceObjectStatus? parsedStatus)
            ? parsedStatus.Value
            : SpaceObjectStatus.Unknown;
        Set(target.Status, status, v => target.Status = v, "status", changed);
        // Callers resolve an absent marking first (the hub's default, or the current marking on replacement).
        Marking marking = Markings.TryParse(source.Marking, out Marking? parsedMarking)
            ? parsedMarking.Value
            : throw new ArgumentException("The marking must be resolved before it is applied.", nameof(source));
        Set(target.Marking, marking, v => target.Marking = v, "marking", changed);
        List<string> relTo = [.. source.RelTo ?? []];
        if (!target.RelTo.SequenceEqual(relTo, StringComparer.Ordinal))
        {
            target.RelTo = relTo;
            changed.Add("relTo");
        }

        return changed;
    }

    private static void Set<T>(T current, T next, Action<T> assign, string field, List<string> changed)
    {
        if (!EqualityComparer<T>.Default.Equals(current, next))
        {
            assign(next);
            changed.Add(field);
        }
    }

    /// <summary>Whether the caller sees the object: the release policy's decision, and for a hub administrator also every
    /// pending claim (the claims queue it decides).</summary>
    internal static bool IsVisible(ReleaseView view, Actor actor, SpaceObject spaceObject) =>
        (actor.Role == HubRole.HubAdmin && spaceObject.Claim == ClaimStatus.Claimed) || view.Decide(spaceObject.ToReleasable()).Released;

    // How many agencies a marking releases to, in order: a larger value releases to more.
    private static int Openness(Marking marking) => marking switch
    {
        Marking.Restricted => 0,
        Marking.Partners => 1,
        Marking.Public => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(marking), marking, null),
    };

    private static HubError? CheckWriterRole(Actor actor) =>
        actor.Role is HubRole.Analyst or HubRole.AgencyAdmin or HubRole.HubAdmin
            ? null
            : HubError.Create(HubErrorCodes.AuthMissingRole, HubErrorKind.Forbidden,
                "Registering objects needs one of the roles analyst, agency-admin, hub-admin.",
                $"{HubRoles.Analyst},{HubRoles.AgencyAdmin},{HubRoles.HubAdmin}");

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string Subject(SpaceObject spaceObject) =>
        string.Create(CultureInfo.InvariantCulture, $"object:{spaceObject.CatalogNumber}");

    private static HubError NotFound(string noradId) =>
        HubError.Create(HubErrorCodes.ObjectNotFound, HubErrorKind.NotFound, $"Space object {noradId} was not found.", noradId);
}
