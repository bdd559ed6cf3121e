// The event page's summary card: risk, the two objects (or what the release policy withholds), TCA with its countdown,
// miss distance, relative speed, Pc, status, the caller's acknowledgement state and the released detail.
import type { Conjunction } from '../api';
import { ackStateText } from '../coordination';
import { dl, fmtMeters, fmtPc, fmtTime, h, riskBadge } from '../dom';

/** The summary section; `countdown` is the `[data-testid=countdown]` element the page keeps ticking. */
export function eventSummary(c: Conjunction, myAgency: string | null, countdown: HTMLElement): HTMLElement {
  const objectLink = (n: string) => h('a', { href: `#/objects/${n}` }, n);
  const summary = h('section', { 'aria-labelledby': 'sum-h', class: 'card' }, h('h2', { id: 'sum-h' }, 'Summary'),
    dl([
      ['Risk', riskBadge(c.riskLevel)],
      ...c.objects.map((o, i): [string, Node | string] => [`Object ${i + 1}`, o.noradId === null
        ? 'withheld by the release policy'
        : h('span', {}, objectLink(o.noradId), o.owner ? ` (${o.owner})` : '',
          o.source ? ` — source ${o.source.kind} from ${o.source.originator} (${o.source.authority})${o.source.sourceDisagreement ? ', sources disagree' : ''}` : '')]),
      ['TCA', h('span', {}, h('time', { datetime: c.tca }, fmtTime(c.tca)), ' — ', countdown)],
      ['Miss distance', fmtMeters(c.missDistanceMeters)],
      ['Relative speed', c.relativeSpeedMetersPerSecond === null ? '—' : `${c.relativeSpeedMetersPerSecond.toFixed(0)} m/s`],
      ['Pc', c.pcMethod ? `${fmtPc(c.pc)} (${c.pcMethod})` : fmtPc(c.pc)],
      ['Status', c.closedReason ? `${c.status} (${c.closedReason})` : c.status],
      ['Acknowledgement', h('span', { 'data-testid': 'ack-state' }, ackStateText(c.coordination, myAgency))],
      ['Detail released', `${c.detail} (${c.releaseReason})`],
      ['Screened', `${fmtTime(c.firstScreenedAt)} → ${fmtTime(c.lastScreenedAt)}`],
    ]));
  if (c.detail !== 'full') summary.append(h('p', { class: 'note' }, 'Encounter only: the release policy withholds an object\'s data (identity, state, covariance, CDM, geometry) from your agency; the hub computed the event with it.'));
  return summary;
}
