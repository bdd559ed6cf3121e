// #/agreements[/{id}]: agreements visible to the caller, one's detail, the release matrix; officers propose, sign, suspend.
import { api, apiAll, type Agreement, type ReleaseMatrix } from '../api';
import { dl, field, fmtTime, h, loading, pageHeading, problemBox } from '../dom';
import { hasRole, session } from '../session';
import { navigate } from '../router';

const CATEGORIES = ['conjunctions', 'orbit-elements', 'ephemeris', 'maneuver-plans', 'object-registry'];

export function renderAgreements(main: HTMLElement, selected: string | null): void {
  pageHeading(main, 'Agreements');
  const listSlot = h('section', { class: 'card', 'aria-labelledby': 'ag-list-h' }, h('h2', { id: 'ag-list-h' }, 'Agreements'), loading());
  const detailSlot = h('section', { class: 'card', 'aria-labelledby': 'ag-detail-h', 'data-testid': 'agreement-detail' }, h('h2', { id: 'ag-detail-h' }, 'Detail'));
  const matrixSlot = h('section', { class: 'card', 'aria-labelledby': 'matrix-h' }, h('h2', { id: 'matrix-h' }, 'Release matrix'), loading());
  main.append(listSlot, detailSlot, matrixSlot);
  const officer = hasRole('officer');

  async function loadList(): Promise<void> {
    try {
      const list = await apiAll<Agreement>('/api/v1/agreements?limit=1000');
      const table = h('table', { class: 'data', 'data-testid': 'agreements' },
        h('caption', {}, `${list.length} agreement(s) your agency is party to`),
        h('thead', {}, h('tr', {}, ...['Title', 'Status', 'Parties', 'Categories', 'Scope'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...list.map((a) => h('tr', { 'data-testid': 'agreement-row', 'data-agreement-id': a.id },
          h('td', {}, h('a', { href: `#/agreements/${a.id}`, 'aria-current': a.id === selected ? 'true' : null }, a.title)),
          h('td', {}, h('span', { class: `status status-${a.status}` }, a.status)),
          h('td', {}, a.parties.map((p) => `${p.agency}${p.signed ? ' ✓' : ''}`).join(', ')),
          h('td', {}, a.categories.join(', ')), h('td', {}, a.objectScope)))));
      listSlot.replaceChildren(h('h2', { id: 'ag-list-h' }, 'Agreements'), table);
      if (officer) listSlot.append(proposeForm());
      if (selected) void loadDetail(selected);
      else detailSlot.replaceChildren(h('h2', { id: 'ag-detail-h' }, 'Detail'), h('p', {}, 'Choose an agreement to see who signed and its conditions.'));
    } catch (e) {
      listSlot.replaceChildren(h('h2', { id: 'ag-list-h' }, 'Agreements'), problemBox(e));
    }
  }

  async function loadDetail(id: string): Promise<void> {
    detailSlot.replaceChildren(h('h2', { id: 'ag-detail-h' }, 'Detail'), loading());
    try {
      const a = await api<Agreement>(`/api/v1/agreements/${encodeURIComponent(id)}`);
      const me = session()?.agency;
      const c = a.conditions;
      detailSlot.replaceChildren(h('h2', { id: 'ag-detail-h' }, a.title),
        dl([
          ['Status', a.status], ['Proposed by', a.proposedBy], ['Created', fmtTime(a.createdAt)], ['Active since', fmtTime(a.activatedAt)],
          ['Categories', a.categories.join(', ')], ['Object scope', a.objectScope + (a.objectIds ? `: ${a.objectIds.join(', ')}` : '')],
          ['Embargo', c.embargoMinutes === null ? 'none' : `${c.embargoMinutes} min`], ['Minimum Pc', c.minimumPc === null ? 'none' : String(c.minimumPc)],
          ['Expires', c.expiresAt ? fmtTime(c.expiresAt) : 'never'],
          ['Suspended', a.suspendedAt ? `${fmtTime(a.suspendedAt)} by ${a.suspendedBy}` : '—'],
          ['Terminated', a.terminatedAt ? `${fmtTime(a.terminatedAt)} by ${a.terminatedBy}` : '—'],
        ]),
        h('table', { class: 'data', 'data-testid': 'agreement-parties' }, h('caption', {}, 'Parties and signatures'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Agency'), h('th', { scope: 'col' }, 'Signed'))),
          h('tbody', {}, ...a.parties.map((p) => h('tr', {}, h('th', { scope: 'row' }, p.agency), h('td', {}, p.signed ? `yes, ${fmtTime(p.signedAt)}` : 'not yet'))))));
      if (officer) {
        const slot = h('div', { class: 'slot' });
        const button = (label: string, verb: string, show: boolean) => {
          if (!show) return null;
          const b = h('button', { type: 'button', 'data-testid': `agreement-${verb}` }, label);
          b.addEventListener('click', async () => {
            if (verb === 'terminate' && !confirm('Terminate this agreement? This cannot be undone.')) return;
            b.disabled = true;
            slot.replaceChildren(loading('Working…'));
            try {
              await api(`/api/v1/agreements/${a.id}/${verb}`, { method: 'POST' });
              await loadList();
              await loadMatrix();
            } catch (e) {
              slot.replaceChildren(problemBox(e));
              b.disabled = false;
            }
          });
          return b;
        };
        const mineUnsigned = a.parties.some((p) => p.agency === me && !p.signed);
        detailSlot.append(h('div', { class: 'buttons' },
          button('Sign', 'sign', a.status === 'proposed' && mineUnsigned),
          button('Suspend', 'suspend', a.status === 'active'),
          button('Resume', 'resume', a.status === 'suspended'),
          button('Terminate', 'terminate', a.status === 'active' || a.status === 'suspended' || a.status === 'proposed')), slot);
      }
    } catch (e) {
      detailSlot.replaceChildren(h('h2', { id: 'ag-detail-h' }, 'Detail'), problemBox(e));
    }
  }

  async function loadMatrix(): Promise<void> {
    try {
      const m = await api<ReleaseMatrix>('/api/v1/agreements/release-matrix');
      const cell = (flows: ReleaseMatrix['partners'][number]['outgoing'], cat: string) => {
        const f = flows.filter((x) => x.categories.includes(cat));
        if (f.length === 0) return h('td', { class: 'no' }, '—');
        const embargo = Math.min(...f.map((x) => x.embargoMinutes));
        return h('td', { class: 'yes', title: f.map((x) => x.title).join('; ') }, `yes${embargo > 0 ? ` (+${embargo} min)` : ''}`);
      };
      const table = h('table', { class: 'data matrix', 'data-testid': 'release-matrix' },
        h('caption', {}, `What ${m.agency} shares with each partner (out) and receives (in), ${fmtTime(m.at)}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Partner'), h('th', { scope: 'col' }, 'Direction'),
          ...CATEGORIES.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...m.partners.flatMap((p) => [
          h('tr', { 'data-partner': p.agency }, h('th', { scope: 'row', rowspan: 2 }, p.agency), h('td', {}, `out → ${p.agency}`), ...CATEGORIES.map((c) => cell(p.outgoing, c))),
          h('tr', { 'data-partner': p.agency }, h('td', {}, `in ← ${p.agency}`), ...CATEGORIES.map((c) => cell(p.incoming, c))),
        ])));
      matrixSlot.replaceChildren(h('h2', { id: 'matrix-h' }, 'Release matrix'), table);
      if (m.partners.length === 0) matrixSlot.append(h('p', {}, 'No active agreement: nothing beyond basic warnings is shared.'));
    } catch (e) {
      matrixSlot.replaceChildren(h('h2', { id: 'matrix-h' }, 'Release matrix'), problemBox(e));
    }
  }

  function proposeForm(): HTMLElement {
    const title = h('input', { type: 'text', name: 'title', required: true, maxlength: 200 });
    const parties = h('input', { type: 'text', name: 'parties', required: true, placeholder: `${session()?.agency ?? 'AAA'}, BBB` });
    const boxes = CATEGORIES.map((c) => h('input', { type: 'checkbox', name: 'categories', value: c, id: `cat-${c}`, checked: c === 'conjunctions' }));
    const scope = h('select', { name: 'objectScope' }, ...['owned-by-parties', 'all', 'list'].map((s) => h('option', { value: s }, s)));
    const ids = h('input', { type: 'text', name: 'objectIds', placeholder: 'catalog numbers, comma-separated (scope "list")' });
    const embargo = h('input', { type: 'number', name: 'embargoMinutes', min: 0, step: 1 });
    const minPc = h('input', { type: 'text', name: 'minimumPc', inputmode: 'decimal', placeholder: 'e.g. 1e-5' });
    const submit = h('button', { type: 'submit', 'data-testid': 'agreement-propose' }, 'Propose agreement');
    const slot = h('div', { class: 'slot' });
    const form = h('form', { class: 'action', 'aria-label': 'Propose an agreement' }, h('h3', {}, 'Propose an agreement'),
      field('Title', title), field('Parties (agency codes, comma-separated)', parties),
      h('fieldset', {}, h('legend', {}, 'Categories'), ...boxes.map((b) => h('label', { for: b.id, class: 'check' }, b, ` ${b.value}`))),
      field('Object scope', scope), field('Object list', ids), field('Embargo (minutes)', embargo), field('Minimum Pc', minPc), submit, slot);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      submit.disabled = true;
      slot.replaceChildren(loading('Proposing…'));
      const list = (s: string) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
      try {
        const created = await api<Agreement>('/api/v1/agreements', { method: 'POST', body: {
          title: title.value, parties: list(parties.value).map((x) => x.toUpperCase()), categories: boxes.filter((b) => b.checked).map((b) => b.value),
          objectScope: scope.value, objectIds: scope.value === 'list' ? list(ids.value) : null,
          conditions: { embargoMinutes: embargo.value ? Number(embargo.value) : null, minimumPc: minPc.value ? Number(minPc.value) : null, expiresAt: null } } });
        navigate(`#/agreements/${created.id}`);
      } catch (err) {
        slot.replaceChildren(problemBox(err));
        submit.disabled = false;
      }
    });
    return form;
  }

  void loadList();
  void loadMatrix();
}
