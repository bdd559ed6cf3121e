// #/claims: the hub administrator's claims queue (GET /api/v1/objects?claim=claimed); confirm, or reject with a reason
// (POST /api/v1/objects/{noradId}/confirm | reject). Only a confirmed owner has owner rights.
import { api, type SpaceObject } from '../api';
import { field, fmtTime, h, loading, pageHeading, problemBox } from '../dom';

export function renderClaims(main: HTMLElement): void {
  pageHeading(main, 'Claims queue');
  const intro = h('p', {}, 'Agencies\u2019 claims to catalog numbers wait here until a hub administrator confirms or rejects them. '
    + 'A rejected number may be claimed again by any agency.');
  const slot = h('div', { class: 'slot' });
  main.append(intro, slot);

  async function act(o: SpaceObject, verb: 'confirm' | 'reject', reason: string | null, status: HTMLElement): Promise<void> {
    status.replaceChildren(loading('Working…'));
    try {
      await api(`/api/v1/objects/${encodeURIComponent(o.noradId)}/${verb}`, { method: 'POST', body: verb === 'reject' ? { reason } : undefined });
      await load();
    } catch (e) {
      status.replaceChildren(problemBox(e));
    }
  }

  function row(o: SpaceObject): HTMLElement {
    const status = h('div', { role: 'status' });
    const confirm = h('button', { type: 'button', 'data-testid': `claim-confirm-${o.noradId}` }, 'Confirm');
    confirm.addEventListener('click', () => void act(o, 'confirm', null, status));
    const reason = h('input', { type: 'text', name: `reason-${o.noradId}`, required: true, maxlength: 1024 });
    const reject = h('button', { type: 'submit', 'data-testid': `claim-reject-${o.noradId}` }, 'Reject');
    const form = h('form', { class: 'inline', 'aria-label': `Reject the claim to ${o.noradId}` }, field('Reason', reason), reject);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        reason.focus();
        return;
      }
      void act(o, 'reject', reason.value.trim(), status);
    });
    return h('tr', {}, h('td', {}, h('a', { href: `#/objects/${o.noradId}` }, o.noradId)), h('td', {}, o.name), h('td', {}, o.owner),
      h('td', {}, o.marking), h('td', {}, fmtTime(o.createdAt)), h('td', {}, confirm, form, status));
  }

  async function load(): Promise<void> {
    slot.replaceChildren(loading('Loading claims…'));
    try {
      const claims = await api<SpaceObject[]>('/api/v1/objects?claim=claimed&limit=1000');
      slot.replaceChildren(claims.length === 0
        ? h('p', { 'data-testid': 'claims-empty' }, 'No claim is waiting.')
        : h('table', { class: 'data', 'data-testid': 'claims' },
          h('caption', {}, `${claims.length} pending claim${claims.length === 1 ? '' : 's'}`),
          h('thead', {}, h('tr', {}, ...['Catalog number', 'Name', 'Claimed by', 'Marking', 'Claimed', 'Decision'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, ...claims.map(row))));
    } catch (e) {
      slot.replaceChildren(problemBox(e));
    }
  }

  void load();
}
