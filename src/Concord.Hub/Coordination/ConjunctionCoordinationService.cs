using System.Globalization;
using Concord.Astro.Time;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Hub.Notifications;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Coordination;

/// <summary>Coordination between the parties of a conjunction: acknowledgements, statements of intent and the decision
/// of who moves. Scoped (one per request).</summary>
/// <remarks>
/// <para>The parties of an event are the registered owners of its two objects (one agency or two). Only keys of a party
/// act. Another caller is told what the event's release tells it: an event not released to it does not exist
/// (<see cref="HubErrorCodes.ConjunctionNotFound"/>, as for reading); an event released to it (an agreement partner)
/// is refused with <see cref="HubErrorCodes.ConjunctionNotAParty"/>.</para>
/// <para>Roles: analysts, officers and agency administrators acknowledge; analysts and officers state intents; officers
/// propose and co-sign decisions. Nothing happens on a closed event (<see cref="HubErrorCodes.ConjunctionClosed"/>).</para>
/// <para>Every action is written with its audit entry and its outbox notification in one save, under the
/// <see cref="HubWriteGate"/>; a refused action writes nothing.</para>
/// </remarks>
public sealed class ConjunctionCoordinationService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time,
    NotificationOutbox outbox, ConjunctionService conjunctions)
{
    /// <summary>Longest comment or summary, characters.</summary>
    public const int MaxTextLength = 4000;

    private static readonly HubRole[] s_acknowledgers = [HubRole.Analyst, HubRole.Officer, HubRole.AgencyAdmin];
    private static readonly HubRole[] s_intentRoles = [HubRole.Officer, HubRole.Analyst];
    private static readonly HubRole[] s_officers = [HubRole.Officer];

    /// <summary>When <paramref name="conjunction"/> reached its current risk level: <see cref="ConjunctionEvent.RiskLevelSince"/>,
    /// or its first screening for an event stored before that was recorded.</summary>
    public static DateTimeOffset LevelSince(ConjunctionEvent conjunction)
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        return conjunction.RiskLevelSince < conjunction.FirstScreenedAt ? conjunction.FirstScreenedAt : conjunction.RiskLevelSince;
    }

    /// <summary>Acknowledges the event at its current risk level for the actor's agency. When an acknowledgement of that
    /// level already counts, it is returned and nothing is written (<see cref="CoordinationOutcome{T}.Created"/> false).</summary>
    public async Task<HubResult<CoordinationOutcome<ConjunctionAcknowledgement>>> AcknowledgeAsync(Guid id, string? comment, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if ((CheckRole(actor, s_acknowledgers) ?? CheckText("comment", comment, required: false)) is { } invalid)
        {
            return HubResult<CoordinationOutcome<ConjunctionAcknowledgement>>.Fail(invalid);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        HubResult<Party> party = await PartyAsync(id, actor, cancellationToken).ConfigureAwait(false);
        if (!party.Success)
        {
            return HubResult<CoordinationOutcome<ConjunctionAcknowledgement>>.Fail(party.Errors);
        }

        ConjunctionEvent e = party.Value.Event;
        string agency = actor.AgencyCode!;
        List<ConjunctionAcknowledgement> previous = await db.ConjunctionAcknowledgements.AsNoTracking()
            .Where(a => a.EventId == id && a.Agency == agency).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (previous.Where(a => a.RiskLevel == e.RiskLevel && a.IsValidFor(e)).MaxBy(a => a.AcknowledgedAt) is { } existing)
        {
            return HubResult<CoordinationOutcome<ConjunctionAcknowledgement>>.Ok(new(existing, Created: false));
        }

        DateTimeOffset now = Now();
        var acknowledgement = new ConjunctionAcknowledgement
        {
            Id = Guid.CreateVersion7(now),
            EventId = id,
            Agency = agency,
            Actor = actor.AuditName,
            RiskLevel = e.RiskLevel,
            AcknowledgedAt = now,
            Comment = Trimmed(comment),
        };
        db.ConjunctionAcknowledgements.Add(acknowledgement);
        await audit.Append(actor, AuditActions.ConjunctionAcknowledged, Subject(id), new Dictionary<string, string?>
        {
            ["agency"] = agency,
            ["riskLevel"] = e.RiskLevel.ToWireName(),
            ["acknowledgementId"] = acknowledgement.Id.ToString("D"),
        }, cancellationToken, party.Value.Parties).ConfigureAwait(false);
        outbox.Add(NotificationKinds.ConjunctionAcknowledged, id, e.RiskLevel.ToWireName(), now);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<CoordinationOutcome<ConjunctionAcknowledgement>>.Ok(new(acknowledgement, Created: true));
    }

    /// <summary>Records the actor's agency's intent for its object in the event (a new history row).</summary>
    public async Task<HubResult<ConjunctionIntent>> StateIntentAsync(Guid id, NewIntent request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckRole(actor, s_intentRoles) is { } forbidden)
        {
            return HubResult<ConjunctionIntent>.Fail(forbidden);
        }

        var errors = new List<HubError>();
        if (!CoordinationWireNames.TryParseIntent(request.Intent, out ManeuverIntent intent))
        {
            errors.Add(Invalid("intent", "must be will-mitigate, will-not-mitigate or undetermined"));
        }

        if (!CoordinationWireNames.TryParseManeuverability(request.Maneuverable, out Maneuverability maneuverable))
        {
            errors.Add(Invalid("maneuverable", "must be yes, no or unknown"));
        }

        int? requested = null;
        if (request.Object is not null)
        {
            if (SpaceObjectRules.TryParseCatalogNumber(request.Object, out int number))
            {
                requested = number;
            }
            else
            {
                errors.Add(Invalid("object", "must be a catalog number"));
            }
        }

        if (CheckText("comment", request.Comment, required: false) is { } badComment)
        {
            errors.Add(badComment);
        }

        if (errors.Count > 0)
        {
            return HubResult<ConjunctionIntent>.Fail(errors);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        HubResult<Party> party = await PartyAsync(id, actor, cancellationToken).ConfigureAwait(false);
        if (!party.Success)
        {
            return HubResult<ConjunctionIntent>.Fail(party.Errors);
        }

        string agency = actor.AgencyCode!;
        ReleasedConjunction released = party.Value.Released;
        ConjunctionEvent e = released.Event;
        int[] own = [.. new[] { (e.PrimaryCatalogNumber, released.PrimaryOwner), (e.SecondaryCatalogNumber, released.SecondaryOwner) }
            .Where(x => x.Item2 == agency).Select(x => x.Item1)];
        int catalogNumber;
        if (requested is { } chosen)
        {
            if (!own.Contains(chosen))
            {
                return HubResult<ConjunctionIntent>.Fail(HubError.Create(HubErrorCodes.IntentObjectNotOwn, HubErrorKind.Invalid,
                    $"Object {chosen} is not an object of agency {agency} in conjunction {id:D}.", id.ToString("D"), Number(chosen), agency));
            }

            catalogNumber = chosen;
        }
        else if (own.Length == 1)
        {
            catalogNumber = own[0];
        }
        else
        {
            return HubResult<ConjunctionIntent>.Fail(HubError.Create(HubErrorCodes.IntentObjectRequired, HubErrorKind.Invalid,
                $"Agency {agency} owns both objects of conjunction {id:D}; say which one the intent is about (field object).",
                id.ToString("D"), agency));
        }

        DateTimeOffset now = Now();
        var statement = new ConjunctionIntent
        {
            Id = Guid.CreateVersion7(now),
            EventId = id,
            Agency = agency,
            CatalogNumber = catalogNumber,
            Intent = intent,
            Maneuverable = maneuverable,
            Comment = Trimmed(request.Comment),
            Actor = actor.AuditName,
            StatedAt = now,
        };
        db.ConjunctionIntents.Add(statement);
        await audit.Append(actor, AuditActions.ConjunctionIntent, Subject(id), new Dictionary<string, string?>
        {
            ["agency"] = agency,
            ["object"] = Number(catalogNumber),
            ["intent"] = intent.ToWireName(),
            ["maneuverable"] = maneuverable.ToWireName(),
        }, cancellationToken, party.Value.Parties).ConfigureAwait(false);
        outbox.Add(NotificationKinds.ConjunctionIntent, id, e.RiskLevel.ToWireName(), now);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<ConjunctionIntent>.Ok(statement);
    }

    /// <summary>Proposes a decision signed by the actor's officer; it replaces (supersedes) a proposal nobody has
    /// co-signed yet. When the actor's agency owns both objects, its signature alone makes the decision final.</summary>
    public async Task<HubResult<ConjunctionDecision>> ProposeDecisionAsync(Guid id, NewDecision request, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckRole(actor, s_officers) is { } forbidden)
        {
            return HubResult<ConjunctionDecision>.Fail(forbidden);
        }

        var errors = new List<HubError>();
        int? maneuvering = null;
        if (request.ManeuveringObject is not null)
        {
            if (SpaceObjectRules.TryParseCatalogNumber(request.ManeuveringObject, out int number))
            {
                maneuvering = number;
            }
            else
            {
                errors.Add(Invalid("maneuveringObject", "must be a catalog number or null"));
            }
        }

        DateTimeOffset? maneuverAt = null;
        if (request.ManeuverAt is not null)
        {
            if (DateTimeOffset.TryParse(request.ManeuverAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset at)
                && request.ManeuverAt.Contains('T', StringComparison.Ordinal))
            {
                maneuverAt = AuditHasher.TruncateToMicroseconds(at.ToUniversalTime());
            }
            else
            {
                errors.Add(Invalid("maneuverAt", "must be an ISO 8601 time or null"));
            }
        }

        Guid? planId = null;
        if (request.PlanId is not null)
        {
            if (Guid.TryParseExact(request.PlanId, "D", out Guid plan))
            {
                planId = plan;
            }
            else
            {
                errors.Add(Invalid("planId", "must be a UUID or null"));
            }
        }

        if (request.ManeuveringObject is null && (request.ManeuverAt is not null || request.PlanId is not null))
        {
            errors.Add(Invalid("maneuveringObject", "is required with maneuverAt or planId (null means nobody moves)"));
        }

        if (CheckText("summary", request.Summary, required: true) is { } badSummary)
        {
            errors.Add(badSummary);
        }

        if (errors.Count > 0)
        {
            return HubResult<ConjunctionDecision>.Fail(errors);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        HubResult<Party> party = await PartyAsync(id, actor, cancellationToken).ConfigureAwait(false);
        if (!party.Success)
        {
            return HubResult<ConjunctionDecision>.Fail(party.Errors);
        }

        ConjunctionEvent e = party.Value.Event;
        if (maneuvering is { } moving && moving != e.PrimaryCatalogNumber && moving != e.SecondaryCatalogNumber)
        {
            return HubResult<ConjunctionDecision>.Fail(HubError.Create(HubErrorCodes.DecisionObjectNotInEvent, HubErrorKind.Invalid,
                $"Object {moving} is not one of the two objects of conjunction {id:D}.", id.ToString("D"), Number(moving)));
        }

        if (maneuverAt is { } when && Epoch.FromUtc(when) >= e.Tca)
        {
            string tca = e.Tca.ToIsoString(TimeScale.Utc, 3);
            return HubResult<ConjunctionDecision>.Fail(HubError.Create(HubErrorCodes.DecisionManeuverAfterTca, HubErrorKind.Invalid,
                $"The manoeuvre time {when:O} is not before the TCA {tca} of conjunction {id:D}.", id.ToString("D"), when.ToString("O", CultureInfo.InvariantCulture), tca));
        }

        ConjunctionDecision? current = await CurrentDecisionAsync(id, tracked: true, cancellationToken).ConfigureAwait(false);
        if (current is { Status: DecisionStatus.CoSigned })
        {
            return HubResult<ConjunctionDecision>.Fail(AlreadyCoSigned(current));
        }

        DateTimeOffset now = Now();
        string agency = actor.AgencyCode!;
        string summary = request.Summary!.Trim();
        string sha256 = ConjunctionDecision.Sha256(ConjunctionDecision.CanonicalContent(id, maneuvering, maneuverAt, planId, agency, summary));
        bool single = party.Value.Parties.Count == 1;
        var decision = new ConjunctionDecision
        {
            Id = Guid.CreateVersion7(now),
            EventId = id,
            Status = single ? DecisionStatus.CoSigned : DecisionStatus.Proposed,
            ManeuveringCatalogNumber = maneuvering,
            ManeuverAt = maneuverAt,
            PlanId = planId,
            Summary = summary,
            ContentSha256 = sha256,
            ProposedBy = agency,
            ProposedByActor = actor.AuditName,
            ProposedAt = now,
            CoSignedAt = single ? now : null,
        };
        if (current is not null)
        {
            current.Status = DecisionStatus.Superseded;
            current.SupersededAt = now;
        }

        db.ConjunctionDecisions.Add(decision);
        await audit.Append(actor, AuditActions.ConjunctionDecision, Subject(id), new Dictionary<string, string?>
        {
            ["agency"] = agency,
            ["decisionId"] = decision.Id.ToString("D"),
            ["status"] = decision.Status.ToWireName(),
            ["sha256"] = sha256,
            ["maneuveringObject"] = maneuvering is { } n ? Number(n) : null,
            ["maneuverAt"] = maneuverAt?.ToString("O", CultureInfo.InvariantCulture),
            ["planId"] = planId?.ToString("D"),
            ["supersedes"] = current?.Id.ToString("D"),
        }, cancellationToken, party.Value.Parties).ConfigureAwait(false);
        outbox.Add(NotificationKinds.Decision, id, e.RiskLevel.ToWireName(), now);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<ConjunctionDecision>.Ok(decision);
    }

    /// <summary>Co-signs the proposed decision as an officer of the party that did not propose it; it is then final.</summary>
    /// <param name="id">The event.</param>
    /// <param name="expectedSha256">Required: the content hash (SHA-256) of the proposal the co-signer has read, so the
    /// signature names what was read. Absent or blank is refused with <see cref="HubErrorCodes.ValidationFailed"/> (field
    /// <c>sha256</c>); a different current proposal (replaced meanwhile) with <see cref="HubErrorCodes.DecisionContentMismatch"/>.</param>
    /// <param name="actor">The co-signing officer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<HubResult<ConjunctionDecision>> CoSignDecisionAsync(Guid id, string? expectedSha256, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckRole(actor, s_officers) is { } forbidden)
        {
            return HubResult<ConjunctionDecision>.Fail(forbidden);
        }

        if (string.IsNullOrWhiteSpace(expectedSha256))
        {
            return HubResult<ConjunctionDecision>.Fail(Invalid("sha256", "is required: the SHA-256 of the proposal read"));
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        HubResult<Party> party = await PartyAsync(id, actor, cancellationToken).ConfigureAwait(false);
        if (!party.Success)
        {
            return HubResult<ConjunctionDecision>.Fail(party.Errors);
        }

        string agency = actor.AgencyCode!;
        ConjunctionDecision? current = await CurrentDecisionAsync(id, tracked: true, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return HubResult<ConjunctionDecision>.Fail(HubError.Create(HubErrorCodes.DecisionNotFound, HubErrorKind.NotFound,
                $"Conjunction {id:D} has no proposed decision to co-sign.", id.ToString("D")));
        }

        if (current.Status == DecisionStatus.CoSigned)
        {
            return HubResult<ConjunctionDecision>.Fail(AlreadyCoSigned(current));
        }

        if (current.ProposedBy == agency)
        {
            return HubResult<ConjunctionDecision>.Fail(HubError.Create(HubErrorCodes.DecisionOwnProposal, HubErrorKind.Conflict,
                $"Decision {current.Id:D} was proposed by agency {agency}; an officer of the other party co-signs it.",
                id.ToString("D"), current.Id.ToString("D"), agency));
        }

        if (!string.Equals(expectedSha256.Trim(), current.ContentSha256, StringComparison.OrdinalIgnoreCase))
        {
            return HubResult<ConjunctionDecision>.Fail(HubError.Create(HubErrorCodes.DecisionContentMismatch, HubErrorKind.Conflict,
                $"Decision {current.Id:D} has content hash {current.ContentSha256}, not {expectedSha256}; read it again before co-signing.",
                id.ToString("D"), current.Id.ToString("D"), current.ContentSha256, expectedSha256));
        }

        DateTimeOffset now = Now();
        current.Status = DecisionStatus.CoSigned;
        current.CoSignedBy = agency;
        current.CoSignedByActor = actor.AuditName;
        current.CoSignedAt = now;
        await audit.Append(actor, AuditActions.ConjunctionDecision, Subject(id), new Dictionary<string, string?>
        {
            ["agency"] = agency,
            ["decisionId"] = current.Id.ToString("D"),
            ["status"] = current.Status.ToWireName(),
            ["sha256"] = current.ContentSha256,
        }, cancellationToken, party.Value.Parties).ConfigureAwait(false);
        outbox.Add(NotificationKinds.Decision, id, party.Value.Event.RiskLevel.ToWireName(), now);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<ConjunctionDecision>.Ok(current);
    }

    /// <summary>The coordination state of an event released to <paramref name="viewer"/>, or null when the event does
    /// not exist or is not released to it.</summary>
    public async Task<ConjunctionCoordination?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken)
    {
        ReleasedConjunction? released = await conjunctions.GetAsync(viewer, id, cancellationToken).ConfigureAwait(false);
        return released is null ? null : await GetAsync(released, viewer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The coordination state of <paramref name="released"/> as <paramref name="viewer"/> may see it (see
    /// <see cref="ConjunctionCoordination"/>).</summary>
    public async Task<ConjunctionCoordination> GetAsync(ReleasedConjunction released, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(released);
        ArgumentNullException.ThrowIfNull(viewer);
        Guid id = released.Event.Id;
        // Coordination (acknowledgements, intents, comments, escalation recipients, the decision's content) is the
        // parties' business: others who see the event see only the decision's status.
        bool party = released.IsParty;
        IEnumerable<string> parties = party ? released.Parties : [];

        List<ConjunctionAcknowledgement> acknowledgements = await db.ConjunctionAcknowledgements.AsNoTracking().Where(a => a.EventId == id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<ConjunctionEscalation> escalations = await db.ConjunctionEscalations.AsNoTracking().Where(a => a.EventId == id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<ConjunctionIntent> intents = await db.ConjunctionIntents.AsNoTracking().Where(a => a.EventId == id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        ConjunctionDecision? decision = await CurrentDecisionAsync(id, tracked: false, cancellationToken).ConfigureAwait(false);
        PartyCoordination[] states = [.. parties.Select(agency =>
        {
            ConjunctionAcknowledgement? latest = acknowledgements.Where(a => a.Agency == agency)
                .OrderBy(a => a.AcknowledgedAt).ThenBy(a => a.Id).LastOrDefault();
            bool acknowledged = acknowledgements.Any(a => a.Agency == agency && a.IsValidFor(released.Event));
            if (agency != viewer.AgencyCode && !released.IdentifiesOwner(agency))
            {
                // The other party owns an object whose record the viewer may not see: its identity, contacts and words
                // stay withheld; the viewer learns only whether it has acknowledged.
                return new PartyCoordination(null, null, acknowledged, [], null);
            }

            return new PartyCoordination(
                agency,
                latest,
                acknowledged,
                [.. escalations.Where(s => s.Agency == agency).OrderBy(s => s.EscalatedAt).ThenBy(s => s.Step)],
                intents.Where(i => i.Agency == agency).OrderBy(i => i.StatedAt).ThenBy(i => i.Id).LastOrDefault());
        })];
        return new ConjunctionCoordination(states, decision?.Status, party ? decision : null);
    }

    // The event as the actor sees it, when the actor's agency is a party and the event is open.
    private async Task<HubResult<Party>> PartyAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        ReleasedConjunction? released = await conjunctions.GetAsync(actor, id, cancellationToken).ConfigureAwait(false);
        if (released is null)
        {
            return HubResult<Party>.Fail(HubError.Create(HubErrorCodes.ConjunctionNotFound, HubErrorKind.NotFound,
                $"Conjunction {id:D} was not found.", id.ToString("D")));
        }

        IReadOnlyList<string> parties = released.Parties;
        if (actor.AgencyCode is not { } agency || !parties.Contains(agency))
        {
            return HubResult<Party>.Fail(HubError.Create(HubErrorCodes.ConjunctionNotAParty, HubErrorKind.Forbidden,
                $"Agency {actor.AgencyCode} is not a party to conjunction {id:D}; only the owners of its two objects act on it.",
                id.ToString("D"), actor.AgencyCode ?? ""));
        }

        if (released.Event.Status == ConjunctionStatus.Closed)
        {
            return HubResult<Party>.Fail(HubError.Create(HubErrorCodes.ConjunctionClosed, HubErrorKind.Conflict,
                $"Conjunction {id:D} is closed; its coordination is over.", id.ToString("D")));
        }

        return HubResult<Party>.Ok(new Party(released, parties));
    }

    // The latest decision not superseded (sorted here: SQLite cannot order by a DateTimeOffset column).
    private async Task<ConjunctionDecision?> CurrentDecisionAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        IQueryable<ConjunctionDecision> query = db.ConjunctionDecisions.Where(d => d.EventId == id && d.Status != DecisionStatus.Superseded);
        List<ConjunctionDecision> found = await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.OrderBy(d => d.ProposedAt).ThenBy(d => d.Id).LastOrDefault();
    }

    private DateTimeOffset Now() => AuditHasher.TruncateToMicroseconds(time.GetUtcNow());

    private static HubError? CheckRole(Actor actor, HubRole[] roles) =>
        roles.Contains(actor.Role) && actor.AgencyCode is not null
            ? null
            : HubError.Create(HubErrorCodes.AuthMissingRole, HubErrorKind.Forbidden,
                $"This operation needs one of the roles {string.Join(", ", roles.Select(r => r.ToWireName()))}.",
                string.Join(',', roles.Select(r => r.ToWireName())));

    private static HubError? CheckText(string field, string? text, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            return Invalid(field, "is required");
        }

        return text is not null && text.Length > MaxTextLength
            ? Invalid(field, $"must be at most {MaxTextLength} characters")
            : null;
    }

    private static HubError Invalid(string field, string rule) =>
        HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid, $"Field {field}: {rule}.", field, rule);

    private static HubError AlreadyCoSigned(ConjunctionDecision decision) =>
        HubError.Create(HubErrorCodes.DecisionAlreadyCoSigned, HubErrorKind.Conflict,
            $"The decision {decision.Id:D} of conjunction {decision.EventId:D} is co-signed; it cannot be replaced or signed again.",
            decision.EventId.ToString("D"), decision.Id.ToString("D"));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Number(int catalogNumber) => catalogNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>The audit subject of an event's coordination.</summary>
    internal static string Subject(Guid id) => $"conjunction:{id:D}";

    private sealed record Party(ReleasedConjunction Released, IReadOnlyList<string> Parties)
    {
        public ConjunctionEvent Event => Released.Event;
    }
}
