using System.Globalization;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Conjunctions;
using Concord.Hub.Notifications;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Coordination;

/// <summary>Escalates open high-risk conjunctions that a party has not acknowledged in time. Scoped; the server runs
/// <see cref="EscalateDueAsync"/> every <see cref="ConjunctionCoordinationOptions.EscalationCheckInterval"/>.</summary>
/// <remarks>
/// <para>An open event at or above the mitigation level (<see cref="ConjunctionRiskLevel.High"/>) that a party has not
/// acknowledged at its current level (<see cref="ConjunctionAcknowledgement.IsValidFor"/>) escalates for that party:
/// step 1, to the agency's duty contacts (<see cref="AgencyContact.Duty"/>, or every contact when none is marked), one
/// <see cref="ConjunctionCoordinationOptions.AcknowledgeTimeout"/> after the event reached its current level; step 2, to
/// the agency's administrators (role <c>agency-admin</c>), one more timeout after step 1. An acknowledgement stops the
/// sequence; a later raise to the level starts a new one (steps are keyed by <see cref="ConjunctionEscalation.LevelSince"/>),
/// so no step is taken twice.</para>
/// <para>Each step is a <see cref="ConjunctionEscalation"/> row, an audit entry <see cref="AuditActions.ConjunctionEscalated"/>
/// and a <see cref="NotificationKinds.ConjunctionEscalated"/> notification addressed to the agency, all in one save
/// under the <see cref="HubWriteGate"/>.</para>
/// </remarks>
public sealed class ConjunctionEscalationService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time,
    ConjunctionCoordinationOptions options, NotificationOutbox outbox)
{
    /// <summary>The escalation level: the mitigation threshold.</summary>
    public const ConjunctionRiskLevel EscalationLevel = ConjunctionRiskLevel.High;

    /// <summary>Takes every escalation step that is due now; returns the steps taken.</summary>
    public async Task<IReadOnlyList<ConjunctionEscalation>> EscalateDueAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        List<ConjunctionEvent> events = await db.ConjunctionEvents.AsNoTracking()
            .Where(e => e.Status == ConjunctionStatus.Open && e.RiskLevel == EscalationLevel)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return [];
        }

        Guid[] ids = [.. events.Select(e => e.Id)];
        int[] numbers = [.. events.SelectMany(e => new[] { e.PrimaryCatalogNumber, e.SecondaryCatalogNumber }).Distinct()];
        Dictionary<int, string> owners = await ObjectAuthority.ConfirmedOwnersAsync(db, numbers, cancellationToken).ConfigureAwait(false);
        ILookup<Guid, ConjunctionAcknowledgement> acknowledgements = (await db.ConjunctionAcknowledgements.AsNoTracking()
            .Where(a => ids.Contains(a.EventId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(a => a.EventId);
        ILookup<Guid, ConjunctionEscalation> escalations = (await db.ConjunctionEscalations.AsNoTracking()
            .Where(s => ids.Contains(s.EventId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(s => s.EventId);
        var agencies = new Dictionary<string, Agency?>(StringComparer.Ordinal);

        var taken = new List<ConjunctionEscalation>();
        foreach (ConjunctionEvent e in events.OrderBy(e => e.Tca).ThenBy(e => e.Id))
        {
            DateTimeOffset since = ConjunctionCoordinationService.LevelSince(e);
            string[] parties = [.. new[] { owners.GetValueOrDefault(e.PrimaryCatalogNumber), owners.GetValueOrDefault(e.SecondaryCatalogNumber) }
                .OfType<string>().Distinct(StringComparer.Ordinal)];
            foreach (string party in parties)
            {
                if (acknowledgements[e.Id].Any(a => a.Agency == party && a.IsValidFor(e)))
                {
                    continue;
                }

                ConjunctionEscalation[] done = [.. escalations[e.Id].Where(s => s.Agency == party && s.LevelSince == since)];
                ConjunctionEscalation? step1 = done.FirstOrDefault(s => s.Step == 1);
                int step;
                if (step1 is null)
                {
                    if (now < since + options.AcknowledgeTimeout)
                    {
                        continue;
                    }

                    step = 1;
                }
                else if (done.Any(s => s.Step == 2) || now < step1.EscalatedAt + options.AcknowledgeTimeout)
                {
                    continue;
                }
                else
                {
                    step = 2;
                }

                if (!agencies.TryGetValue(party, out Agency? agency))
                {
                    agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == party, cancellationToken).ConfigureAwait(false);
                    agencies[party] = agency;
                }

                ConjunctionEscalation escalation = step == 1
                    ? new ConjunctionEscalation
                    {
                        Id = Guid.CreateVersion7(now), EventId = e.Id, Agency = party, Step = 1, LevelSince = since, EscalatedAt = now,
                        Recipients = DutyContacts(agency),
                    }
                    : new ConjunctionEscalation
                    {
                        Id = Guid.CreateVersion7(now), EventId = e.Id, Agency = party, Step = 2, LevelSince = since, EscalatedAt = now,
                        Role = HubRoles.AgencyAdmin,
                    };
                db.ConjunctionEscalations.Add(escalation);
                await audit.Append(Actor.System, AuditActions.ConjunctionEscalated, ConjunctionCoordinationService.Subject(e.Id),
                    new Dictionary<string, string?>
                    {
                        ["agency"] = party,
                        ["step"] = step.ToString(CultureInfo.InvariantCulture),
                        ["levelSince"] = since.ToString("O", CultureInfo.InvariantCulture),
                        ["recipients"] = escalation.Recipients.Count == 0 ? null : string.Join("; ", escalation.Recipients),
                        ["role"] = escalation.Role,
                    }, cancellationToken, parties).ConfigureAwait(false);
                outbox.Add(NotificationKinds.ConjunctionEscalated, e.Id, e.RiskLevel.ToWireName(), now, party);
                taken.Add(escalation);
            }
        }

        if (taken.Count > 0)
        {
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return taken;
    }

    /// <summary>The agency's duty contacts as <c>Name &lt;email&gt;</c>: those marked <see cref="AgencyContact.Duty"/>,
    /// or every contact when none is marked.</summary>
    public static List<string> DutyContacts(Agency? agency)
    {
        if (agency is null)
        {
            return [];
        }

        List<AgencyContact> duty = agency.Contacts.Where(c => c.Duty).ToList();
        return [.. (duty.Count > 0 ? duty : agency.Contacts).Select(c => $"{c.Name} <{c.Email}>")];
    }
}
