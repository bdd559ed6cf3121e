// The event page's coordination card: each party's acknowledgement, intent and escalations, and the decision.
import type { Conjunction } from '../api';
import { dl, fmtTime, h } from '../dom';

/** The `[data-testid=coordination]` section. */
export function eventCoordination(c: Conjunction): HTMLElement {
  const coord = c.coordination;
  const section = h('section', { 'aria-labelledby': 'coord-h', class: 'card', 'data-testid': 'coordination' }, h('h2', { id: 'coord-h' }, 'Coordination'));
  if (coord && coord.parties.length > 0) {
    section.append(h('table', { class: 'data' },
      h('caption', {}, 'Parties'),
      h('thead', {}, h('tr', {}, ...['Agency', 'Acknowledged', 'Intent', 'Escalations'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...coord.parties.map((p) => h('tr', {},
        h('th', { scope: 'row' }, p.agency ?? 'other party (withheld)'),
        h('td', {}, p.acknowledged ? `yes, ${fmtTime(p.acknowledgement?.acknowledgedAt)} by ${p.acknowledgement?.actor}` : p.acknowledgement ? 'no (risk raised since)' : 'no'),
        h('td', {}, p.intent ? `${p.intent.intent} (manoeuvrable: ${p.intent.maneuverable}) for ${p.intent.object}` : '—'),
        h('td', {}, p.escalations.length ? p.escalations.map((s) => `step ${s.step} at ${fmtTime(s.escalatedAt)}`).join('; ') : '—'))))));
  } else {
    section.append(h('p', {}, 'No coordination state released to you.'));
  }
  const d = coord?.decision;
  section.append(h('h3', {}, 'Decision'), h('p', { 'data-testid': 'decision-status' }, `Status: ${coord?.decisionStatus ?? 'none'}`));
  if (d) {
    section.append(dl([
      ['Manoeuvring object', d.maneuveringObject ?? '—'], ['Manoeuvre at', fmtTime(d.maneuverAt)], ['Plan', d.planId ?? '—'],
      ['Summary', d.summary], ['SHA-256', h('code', { class: 'hash' }, d.sha256)],
      ['Signatures', d.signatures.map((s) => `${s.as}: ${s.agency} (${s.actor}) ${fmtTime(s.signedAt)}`).join('; ')],
    ]));
  }
  return section;
}
