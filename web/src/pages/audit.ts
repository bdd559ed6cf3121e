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
    field('After sequence', after), field('Entries per page', limit), apply);
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

  // The filters run on the server (GET /api/v1/audit?action=&actor=&subject=, ignoring case) before its limit, so a
  // page holds up to `limit` matching entries of the whole chain; the next page starts after the last one shown.
  function query(from: string): string {
    const q = new URLSearchParams({ after: from || '0', limit: limit.value });
    if (action.value.trim()) q.set('action', action.value.trim());
    if (actor.value.trim()) q.set('actor', actor.value.trim());
    if (subject.value.trim()) q.set('subject', subject.value.trim());
    return q.toString();
  }

  function render(entries: AuditEntry[], from: string): void {
    const filtered = action.value.trim() || actor.value.trim() || subject.value.trim();
    const rows = h('table', { class: 'data', 'data-testid': 'audit-entries' },
      h('caption', {}, `${entries.length} ${filtered ? 'matching ' : ''}entries after sequence ${from || '0'}`),
      h('thead', {}, h('tr', {}, ...['#', 'Recorded', 'Actor', 'Action', 'Subject', 'Details'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...entries.map((e) => e.redacted
        // Another agency's entry: only its place in the chain (it still links the hashes around it).
        ? h('tr', { class: 'redacted' }, h('td', { class: 'num' }, e.sequence), h('td', {}, fmtTime(e.recordedAt)),
          h('td', { colspan: '4' }, 'redacted (concerns other agencies)'))
        : h('tr', {}, h('td', { class: 'num' }, e.sequence), h('td', {}, fmtTime(e.recordedAt)), h('td', {}, e.actor ?? ''),
          h('td', {}, e.action ?? ''), h('td', {}, e.subject ?? ''), h('td', {}, h('code', { class: 'details' }, JSON.stringify(e.details)))))));
    const more: HTMLElement[] = [];
    if (entries.length === Number(limit.value)) {
      const next = h('button', { type: 'button', 'data-testid': 'audit-next' }, 'Next page');
      next.addEventListener('click', () => {
        after.value = String(entries[entries.length - 1].sequence);
        void load();
      });
      more.push(h('p', {}, next));
    }
    slot.replaceChildren(rows, ...more);
  }

  async function load(): Promise<void> {
    const from = after.value;
    slot.replaceChildren(loading('Loading entries…'));
    try {
      render(await api<AuditEntry[]>(`/api/v1/audit?${query(from)}`), from);
    } catch (e) {
      slot.replaceChildren(problemBox(e));
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  void verify();
  void load();
}
