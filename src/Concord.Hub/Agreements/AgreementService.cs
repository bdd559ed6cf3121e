using System.Diagnostics;
using System.Globalization;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Agreements;

/// <summary>Proposes agreements and moves them through their lifecycle (see <see cref="AgreementStatus"/>). Scoped
/// (one per request).</summary>
/// <remarks>
/// <para>Who may do what: only officers (<see cref="HubRole.Officer"/>) of a party change an agreement. Proposing is
/// not signing: every party, the proposer's included, signs explicitly, and the last signature makes the agreement
/// active. Any party's officer may suspend an active agreement or terminate a proposed, active or suspended one, with
/// immediate effect. Only an officer of the agency that suspended an agreement may resume it (the other parties, who
/// did not object, need not sign again); a party that disagrees with resuming can terminate instead.</para>
/// <para>Who sees what: an agreement is visible to every key of a party agency, its auditors included, and to
/// <see cref="HubRole.HubAdmin"/> keys. To anyone else, another agency's auditor included, it does not exist
/// (<see cref="HubErrorCodes.AgreementNotFound"/>, never "forbidden"): who agrees with whom is itself protected.</para>
/// <para>Every change is appended to the audit log in the same <c>SaveChanges</c>, under the <see cref="HubWriteGate"/>.</para>
/// </remarks>
public sealed class AgreementService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time)
{
    /// <summary>Proposes an agreement as <paramref name="actor"/>, an officer of one of its parties. Nothing is stored
    /// when any rule fails; every failure is reported.</summary>
    public async Task<HubResult<Agreement>> ProposeAsync(NewAgreement request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckOfficer(actor) is { } forbidden)
        {
            return HubResult<Agreement>.Fail(forbidden);
        }

        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        var errors = new List<HubError>(AgreementRules.Validate(request, actor.AgencyCode, now));
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        string[] codes = request.Parties.Where(AgencyRules.IsValidCode).Distinct(StringComparer.Ordinal).ToArray();
        List<string> known = await db.Agencies.AsNoTracking().Where(a => codes.Contains(a.Code)).Select(a => a.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < request.Parties.Count; i++)
        {
            string code = request.Parties[i];
            if (AgencyRules.IsValidCode(code) && !known.Contains(code, StringComparer.Ordinal))
            {
                errors.Add(HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid,
                    $"Field parties[{i}]: agency {code} is not registered.", $"parties[{i}]", $"agency {code} is not registered"));
            }
        }

        if (errors.Count > 0)
        {
            return HubResult<Agreement>.Fail(errors);
        }

        var agreement = new Agreement
        {
            Id = Guid.CreateVersion7(now),
            Title = request.Title.Trim(),
            Status = AgreementStatus.Proposed,
            Parties = request.Parties.Select(code => new AgreementParty { AgencyCode = code }).ToList(),
            Categories = request.Categories.Select(ValidCategory).ToList(),
            ObjectScope = ValidScope(request.ObjectScope),
            ObjectIds = ValidScope(request.ObjectScope) == ObjectScope.List ? request.ObjectIds!.Select(ValidCatalogNumber).ToList() : [],
            EmbargoMinutes = request.EmbargoMinutes!.Value,
            MinimumPc = request.MinimumPc,
            ExpiresAt = request.ExpiresAt is { } end ? AuditHasher.TruncateToMicroseconds(end.ToUniversalTime()) : null,
            ProposedBy = actor.AgencyCode!,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Agreements.Add(agreement);
        await audit.Append(actor, AuditActions.AgreementProposed, Subject(agreement), new Dictionary<string, string?>
        {
            ["title"] = agreement.Title,
            ["parties"] = string.Join(',', agreement.Parties.Select(p => p.AgencyCode)),
            ["categories"] = string.Join(',', agreement.Categories.Select(c => c.ToWireName())),
            ["objectScope"] = agreement.ObjectScope.ToWireName(),
            ["objectIds"] = agreement.ObjectScope == ObjectScope.List
                ? string.Join(',', agreement.ObjectIds.Select(n => n.ToString(CultureInfo.InvariantCulture)))
                : null,
            ["embargoMinutes"] = agreement.EmbargoMinutes.ToString(CultureInfo.InvariantCulture),
            ["minimumPc"] = agreement.MinimumPc?.ToString("R", CultureInfo.InvariantCulture),
            ["expiresAt"] = agreement.ExpiresAt?.ToString("O", CultureInfo.InvariantCulture),
        }, cancellationToken, Parties(agreement)).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<Agreement>.Ok(agreement);
    }

    /// <summary>The agreements <paramref name="viewer"/> may see (see the remarks), oldest first (by id, UUID v7).</summary>
    public async Task<IReadOnlyList<Agreement>> ListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        IQueryable<Agreement> query = db.Agreements.AsNoTracking();
        if (!SeesAll(viewer))
        {
            string code = viewer.AgencyCode ?? "";
            query = query.Where(a => a.Parties.Any(p => p.AgencyCode == code));
        }

        List<Agreement> agreements = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        // UUID v7 ids: creation order, and a stable key for paging.
        return agreements.OrderBy(a => a.Id).ToArray();
    }

    /// <summary>One agreement, or <see cref="HubErrorCodes.AgreementNotFound"/> when it does not exist or
    /// <paramref name="viewer"/> may not see it.</summary>
    public async Task<HubResult<Agreement>> FindAsync(Guid id, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        Agreement? agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            .ConfigureAwait(false);
        return agreement is not null && (SeesAll(viewer) || agreement.HasParty(viewer.AgencyCode))
            ? HubResult<Agreement>.Ok(agreement)
            : HubResult<Agreement>.Fail(NotFound(id));
    }

    /// <summary>Signs a proposed agreement for the actor's agency; the last party's signature makes it active.</summary>
    public Task<HubResult<Agreement>> SignAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, async (agreement, party, now) =>
        {
            if (agreement.StatusAt(now) is var status && status != AgreementStatus.Proposed)
            {
                return InvalidTransition(agreement, status, "signed");
            }

            AgreementParty signer = agreement.Parties.First(p => p.AgencyCode == party);
            if (signer.IsSigned)
            {
                return HubError.Create(HubErrorCodes.AgreementAlreadySigned, HubErrorKind.Conflict,
                    $"Agency {party} has already signed agreement {agreement.Id:D}.", agreement.Id.ToString("D"), party);
            }

            signer.SignedAt = now;
            signer.SignedBy = actor.AuditName;
            await audit.Append(actor, AuditActions.AgreementSigned, Subject(agreement),
                new Dictionary<string, string?> { ["party"] = party }, cancellationToken, Parties(agreement)).ConfigureAwait(false);
            if (agreement.Parties.TrueForAll(p => p.IsSigned))
            {
                agreement.Status = AgreementStatus.Active;
                agreement.ActivatedAt = now;
                await audit.Append(actor, AuditActions.AgreementActivated, Subject(agreement), new Dictionary<string, string?>
                {
                    ["parties"] = string.Join(',', agreement.Parties.Select(p => p.AgencyCode)),
                }, cancellationToken, Parties(agreement)).ConfigureAwait(false);
            }

            return null;
        }, cancellationToken);

    /// <summary>Suspends an active agreement for every party, at once. Only the actor's agency may then resume it.</summary>
    public Task<HubResult<Agreement>> SuspendAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, async (agreement, party, now) =>
        {
            if (agreement.StatusAt(now) is var status && status != AgreementStatus.Active)
            {
                return InvalidTransition(agreement, status, "suspended");
            }

            agreement.Status = AgreementStatus.Suspended;
            agreement.SuspendedAt = now;
            agreement.SuspendedBy = party;
            await audit.Append(actor, AuditActions.AgreementSuspended, Subject(agreement),
                new Dictionary<string, string?> { ["party"] = party }, cancellationToken, Parties(agreement)).ConfigureAwait(false);
            return null;
        }, cancellationToken);

    /// <summary>Resumes a suspended agreement; only an officer of the agency that suspended it may.</summary>
    public Task<HubResult<Agreement>> ResumeAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, async (agreement, party, now) =>
        {
            if (agreement.StatusAt(now) is var status && status != AgreementStatus.Suspended)
            {
                return InvalidTransition(agreement, status, "resumed");
            }

            if (!string.Equals(agreement.SuspendedBy, party, StringComparison.Ordinal))
            {
                return HubError.Create(HubErrorCodes.AgreementNotSuspendingParty, HubErrorKind.Forbidden,
                    $"Agreement {agreement.Id:D} was suspended by {agreement.SuspendedBy}; only its officers may resume it.",
                    agreement.Id.ToString("D"), agreement.SuspendedBy ?? "");
            }

            agreement.Status = AgreementStatus.Active;
            agreement.SuspendedAt = null;
            agreement.SuspendedBy = null;
            await audit.Append(actor, AuditActions.AgreementResumed, Subject(agreement),
                new Dictionary<string, string?> { ["party"] = party }, cancellationToken, Parties(agreement)).ConfigureAwait(false);
            return null;
        }, cancellationToken);

    /// <summary>Terminates a proposed, active or suspended agreement, at once and for good.</summary>
    public Task<HubResult<Agreement>> TerminateAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, async (agreement, party, now) =>
        {
            AgreementStatus status = agreement.StatusAt(now);
            if (status is AgreementStatus.Terminated or AgreementStatus.Expired)
            {
                return InvalidTransition(agreement, status, "terminated");
            }

            agreement.Status = AgreementStatus.Terminated;
            agreement.TerminatedAt = now;
            agreement.TerminatedBy = party;
            await audit.Append(actor, AuditActions.AgreementTerminated, Subject(agreement), new Dictionary<string, string?>
            {
                ["party"] = party,
                ["from"] = status.ToWireName(),
            }, cancellationToken, Parties(agreement)).ConfigureAwait(false);
            return null;
        }, cancellationToken);

    /// <summary>For the viewer's agency, now: what flows to and from each other agency under its active agreements.
    /// Agreements are symmetric, so both directions list the same agreements; the shape allows one-way terms later.</summary>
    /// <returns>The matrix, or <see cref="HubErrorCodes.AuthMissingRole"/> for a key without an agency.</returns>
    public async Task<HubResult<ReleaseMatrix>> ReleaseMatrixAsync(Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.AgencyCode is not { } agency)
        {
            return HubResult<ReleaseMatrix>.Fail(HubError.Create(HubErrorCodes.AuthMissingRole, HubErrorKind.Forbidden,
                "The release matrix is per agency; this key has none.", $"{HubRoles.Officer},{HubRoles.Analyst}"));
        }

        DateTimeOffset now = time.GetUtcNow();
        IReadOnlyList<Agreement> active = await ActiveAgreements.LoadAsync(db, agency, now, cancellationToken).ConfigureAwait(false);
        ReleaseMatrixPartner[] partners = active
            .SelectMany(a => a.Parties.Where(p => p.AgencyCode != agency).Select(p => (Partner: p.AgencyCode, Agreement: a)))
            .GroupBy(x => x.Partner, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                AgreementFlow[] flows = g.Select(x => new AgreementFlow(x.Agreement.Id, x.Agreement.Title, x.Agreement.Categories,
                    x.Agreement.ObjectScope, x.Agreement.EmbargoMinutes, x.Agreement.ExpiresAt)).ToArray();
                return new ReleaseMatrixPartner(g.Key, flows, flows);
            })
            .ToArray();
        return HubResult<ReleaseMatrix>.Ok(new ReleaseMatrix(agency, now, partners));
    }

    private async Task<HubResult<Agreement>> ChangeAsync(Guid id, Actor actor,
        Func<Agreement, string, DateTimeOffset, Task<HubError?>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckOfficer(actor) is { } forbidden)
        {
            return HubResult<Agreement>.Fail(forbidden);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        Agreement? agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        if (agreement is null || !agreement.HasParty(actor.AgencyCode))
        {
            return HubResult<Agreement>.Fail(NotFound(id));
        }

        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        if (await apply(agreement, actor.AgencyCode!, now).ConfigureAwait(false) is { } error)
        {
            db.ChangeTracker.Clear();
            return HubResult<Agreement>.Fail(error);
        }

        agreement.UpdatedAt = now;
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<Agreement>.Ok(agreement);
    }

    // The proposal has been validated by then: a failure here is a bug.
    private static DataCategory ValidCategory(string text) =>
        DataCategories.TryParse(text, out DataCategory? category) ? category.Value : throw new UnreachableException(text);

    private static ObjectScope ValidScope(string text) =>
        ObjectScopes.TryParse(text, out ObjectScope? scope) ? scope.Value : throw new UnreachableException(text);

    private static int ValidCatalogNumber(string text) =>
        AgreementRules.TryParseCatalogNumber(text, out int number) ? number : throw new UnreachableException(text);

    private static bool SeesAll(Actor viewer) => viewer.Role is HubRole.HubAdmin;

    private static HubError? CheckOfficer(Actor actor) =>
        actor.Role == HubRole.Officer && actor.AgencyCode is not null
            ? null
            : HubError.Create(HubErrorCodes.AuthMissingRole, HubErrorKind.Forbidden,
                $"This operation needs one of the roles {HubRoles.Officer}.", HubRoles.Officer);

    private static string Subject(Agreement agreement) => $"agreement:{agreement.Id:D}";

    // Every party's auditors read an agreement's audit entries in full.
    private static IEnumerable<string> Parties(Agreement agreement) => agreement.Parties.Select(p => p.AgencyCode);

    private static HubError NotFound(Guid id) =>
        HubError.Create(HubErrorCodes.AgreementNotFound, HubErrorKind.NotFound, $"Agreement {id:D} was not found.", id.ToString("D"));

    private static HubError InvalidTransition(Agreement agreement, AgreementStatus status, string verb) =>
        HubError.Create(HubErrorCodes.AgreementInvalidTransition, HubErrorKind.Conflict,
            $"Agreement {agreement.Id:D} is {status.ToWireName()}; it cannot be {verb}.",
            agreement.Id.ToString("D"), status.ToWireName(), verb);
}
