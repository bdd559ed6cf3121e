// Acknowledgement/escalation state text shared by the board and the event page.
import type { Coordination, Party } from './api';

function partyState(p: Party): string {
  const parts: string[] = [p.acknowledged ? 'acknowledged' : 'awaiting ack'];
  if (p.escalations.length > 0) parts.push(`escalated (step ${Math.max(...p.escalations.map((e) => e.step))})`);
  return parts.join(', ');
}

/** The caller's own party state when it is a party, otherwise every party's. */
export function ackStateText(coordination: Coordination | null | undefined, agency: string | null): string {
  if (!coordination || coordination.parties.length === 0) return '—';
  const own = coordination.parties.find((p) => p.agency === agency);
  if (own) return partyState(own);
  return coordination.parties.map((p) => `${p.agency}: ${partyState(p)}`).join('; ');
}
