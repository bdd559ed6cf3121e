// #/audit: the hash-chained audit log (auditors) with filters, and the chain verification result.
import { api, type AuditEntry, type AuditVerification } from '../api';
import { field, fmtTime, h, loading, pageHeading, problemBox } from '../dom';

export function renderAudit(main: HTMLElement): void {
  pageHeading(main, 'Audit log');
  const verifySlot = h('section', { class: 'card', 'aria-labelledby': 'verify-h' }, h('h2', { id: 'verify-h' }, 'Chain verification'),
    h('div', { 'data-testid': 'audit-verify', role: 'status' }, loading('Verifying the chain…')));
  const action = h('input', { type: 'text', name: 'action', placeholder: 'e.g. conjunctions.' });
  const actor = h('input', { type: 'text', name: 'actor' });
  const subject = h('input', { type: 'text', name: 'subject' });
  const after = h('input', { type: 'number', name: 'after', min: 0, value: 0 });
  const limit = h('select', { name: 'limit' }, ...['100', '500', '1000'].map((n) => h('option', { value: n, selected: n === '500' }, n)));
  const apply = h('button', { type: 'submit', 'data-testid': 'audit-filter' }, 'Apply');
  const form = h('form', { class: 'card filters', role: 'search', 'aria-label': 'Filter audit entries' },
    field('Action starts with', action), field('Actor contains', actor), field('Subject contains', subject),
    field('After sequence', after), field('Entries to load', limit), apply);
  const slot = h('div', { class: 'slot' });
  main.append(verifySlot, form, slot);

  async function verify(): Promise<void> {
    const out = verifySlot.querySelector('[data-testid=audit-verify]')!;
    try {
      const v = await api<AuditVerification>('/api/v1/audit/verify');
      out.replaceChildren(h('p', { class: v.valid ? 'ok' : 'bad' },
        v.valid ? `Chain valid: ${v.entries} entries, head ${v.head.slice(0, 16)}…` : `Chain INVALID at sequence ${v.firstInvalidSequence} (${v.entries} entries).`));
    } catch (e) {
      out.replaceChildren(problemBox(e));
    }
  }

  let entries: AuditEntry[] = [];
  function render(): void {
    const a = action.value.trim(), ac = actor.value.trim().toLowerCase(), s = subject.value.trim().toLowerCase();
    const shown = entries.filter((e) => (!a || e.action.startsWith(a)) && (!ac || e.actor.toLowerCase().includes(ac)) && (!s || e.subject.toLowerCase().includes(s)));
    slot.replaceChildren(h('table', { class: 'data', 'data-testid': 'audit-entries' },
      h('caption', {}, `${shown.length} of ${entries.length} loaded entries`),
      h('thead', {}, h('tr', {}, ...['#', 'Recorded', 'Actor', 'Action', 'Subject', 'Details'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...shown.map((e) => h('tr', {}, h('td', { class: 'num' }, e.sequence), h('td', {}, fmtTime(e.recordedAt)), h('td', {}, e.actor),
        h('td', {}, e.action), h('td', {}, e.subject), h('td', {}, h('code', { class: 'details' }, JSON.stringify(e.details))))))));
  }

  async function load(): Promise<void> {
    slot.replaceChildren(loading('Loading entries…'));
    try {
      entries = await api<AuditEntry[]>(`/api/v1/audit?after=${encodeURIComponent(after.value || '0')}&limit=${limit.value}`);
      render();
    } catch (e) {
      slot.replaceChildren(problemBox(e));
    }
  }

  let loadedKey = '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const key = `${after.value}|${limit.value}`;
    if (key !== loadedKey) {
      loadedKey = key;
      void load();
    } else {
      render();
    }
  });
  loadedKey = `${after.value}|${limit.value}`;
  void verify();
  void load();
}
