// #/board: open conjunction events sorted by risk then TCA, live from the notification stream (SSE).
import { api, apiAll, pairLabel, STREAM_KINDS, type Conjunction, type Coordination, type StreamMessage } from '../api';
import { ackStateText } from '../coordination';
import { countdown, field, fmtMeters, fmtPc, fmtTime, h, loading, pageHeading, problemBox, RISK_ORDER, riskBadge } from '../dom';
import { session } from '../session';

export function renderBoard(main: HTMLElement): () => void {
  pageHeading(main, 'Conjunction board');
  const events = new Map<string, Conjunction>();
  const coordination = new Map<string, Coordination | null>();
  const riskSelect = h('select', { 'data-testid': 'risk-filter', name: 'riskLevel' },
    h('option', { value: '' }, 'All levels'), h('option', { value: 'high' }, 'High'), h('option', { value: 'attention' }, 'Attention'),
    h('option', { value: 'low' }, 'Low'));
  const live = h('span', { class: 'live', role: 'status', 'data-testid': 'live-state' }, 'Live updates: waiting for the stream…');
  const slot = h('div', { class: 'slot' });
  const tbody = h('tbody');
  const table = h('table', { 'data-testid': 'board', class: 'data board' },
    h('caption', {}, 'Open events, highest risk first, then by time of closest approach (TCA)'),
    h('thead', {}, h('tr', {}, ...['Risk', 'Objects', 'TCA', 'Countdown', 'Miss distance', 'Pc', 'Acknowledgement'].map((t) => h('th', { scope: 'col' }, t)))),
    tbody);
  const empty = h('p', { class: 'empty', 'data-testid': 'board-empty' }, 'No open events released to your agency.');
  main.append(h('div', { class: 'toolbar' }, field('Risk level', riskSelect), live), slot, table, empty);

  const agency = session()?.agency ?? null;
  const visible = (c: Conjunction) => c.status === 'open' && (!riskSelect.value || c.riskLevel === riskSelect.value);

  const compare = (a: Conjunction, b: Conjunction) =>
    (RISK_ORDER[a.riskLevel] ?? 9) - (RISK_ORDER[b.riskLevel] ?? 9) || a.tca.localeCompare(b.tca);

  function rowOf(c: Conjunction): HTMLTableRowElement {
    return h('tr', { 'data-testid': 'event-row', 'data-event-id': c.id, 'data-risk': c.riskLevel, 'data-tca': c.tca, class: `row-${c.riskLevel}` },
      h('td', {}, riskBadge(c.riskLevel)),
      h('td', {}, h('a', { href: `#/events/${c.id}` }, pairLabel(c)),
        c.detail === 'encounter' ? h('span', { class: 'tag', title: 'Encounter only: an object\'s data is withheld by the release policy' }, 'encounter') : null),
      h('td', {}, h('time', { datetime: c.tca }, fmtTime(c.tca))),
      h('td', { 'data-testid': 'countdown', 'data-tca': c.tca }, countdown(c.tca)),
      h('td', { class: 'num' }, fmtMeters(c.missDistanceMeters)),
      h('td', { class: 'num' }, fmtPc(c.pc)),
      h('td', { 'data-testid': 'ack-state' }, ackStateText(coordination.get(c.id), agency)));
  }

  function watch(tr: HTMLTableRowElement): void {
    if (!coordination.has(tr.dataset.eventId!) && !pending.has(tr.dataset.eventId!)) observer.observe(tr);
  }

  /** Rebuilds the whole table (initial load, filter change). */
  function render(): void {
    const fresh = [...events.values()].filter(visible).sort(compare).map(rowOf);
    tbody.replaceChildren(...fresh);
    empty.hidden = fresh.length > 0;
    fresh.forEach(watch);
  }

  /** Inserts, moves, replaces or removes one event's row without touching the others (live updates). */
  function upsertRow(id: string): void {
    const old = tbody.querySelector<HTMLTableRowElement>(`tr[data-event-id="${id}"]`);
    if (old) observer.unobserve(old);
    // A keyboard user on this row's link keeps focus when the live update replaces the row.
    const hadFocus = old !== null && old.contains(document.activeElement);
    const c = events.get(id);
    if (!c || !visible(c)) {
      old?.remove();
      empty.hidden = tbody.rows.length > 0;
      return;
    }
    const tr = rowOf(c);
    old?.remove();
    let before: HTMLTableRowElement | null = null;
    for (const row of tbody.rows) {
      const other = events.get(row.dataset.eventId!);
      if (other && compare(c, other) < 0) {
        before = row;
        break;
      }
    }
    tbody.insertBefore(tr, before);
    if (hadFocus) tr.querySelector('a')?.focus();
    empty.hidden = true;
    watch(tr);
  }

  function updateAck(id: string): void {
    const cell = tbody.querySelector(`tr[data-event-id="${id}"] [data-testid=ack-state]`);
    if (cell) cell.textContent = ackStateText(coordination.get(id), agency);
  }

  // The list carries no coordination state: fetch it for rows as they scroll into view.
  const pending = new Set<string>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const tr = entry.target as HTMLTableRowElement;
      const id = tr.dataset.eventId!;
      observer.unobserve(tr);
      if (coordination.has(id) || pending.has(id)) continue;
      pending.add(id);
      void loadCoordination(id).then(() => {
        pending.delete(id);
        updateAck(id);
      });
    }
  });

  async function loadCoordination(id: string): Promise<void> {
    try {
      coordination.set(id, await api<Coordination>(`/api/v1/conjunctions/${id}/coordination`));
    } catch {
      coordination.set(id, null);
    }
  }

  async function loadAll(): Promise<void> {
    slot.replaceChildren(loading('Loading events…'));
    try {
      const query = riskSelect.value ? `&riskLevel=${encodeURIComponent(riskSelect.value)}` : '';
      const list = await apiAll<Conjunction>(`/api/v1/conjunctions?limit=1000${query}`);
      events.clear();
      coordination.clear();
      for (const c of list) events.set(c.id, c);
      render();
      // Coordination state of the first rows before the loading indicator goes; the rest load as they scroll into view.
      const top = [...events.values()].filter(visible).sort((a, b) =>
        (RISK_ORDER[a.riskLevel] ?? 9) - (RISK_ORDER[b.riskLevel] ?? 9) || a.tca.localeCompare(b.tca)).slice(0, 24);
      for (let i = 0; i < top.length; i += 8) {
        await Promise.all(top.slice(i, i + 8).map((c) => loadCoordination(c.id)));
      }
      render();
      slot.replaceChildren();
    } catch (e) {
      slot.replaceChildren(problemBox(e));
    }
  }

  async function onMessage(message: StreamMessage): Promise<void> {
    if (message.conjunction) {
      events.set(message.conjunction.id, message.conjunction);
    } else {
      try {
        events.set(message.eventId, await api<Conjunction>(`/api/v1/conjunctions/${message.eventId}`));
      } catch {
        events.delete(message.eventId);
      }
    }
    upsertRow(message.eventId);
    await loadCoordination(message.eventId);
    updateAck(message.eventId);
  }

  riskSelect.addEventListener('change', () => void loadAll());
  void loadAll();

  const timer = window.setInterval(() => {
    const now = Date.now();
    for (const cell of tbody.querySelectorAll<HTMLElement>('[data-testid=countdown]')) cell.textContent = countdown(cell.dataset.tca!, now);
  }, 1000);

  // The stream authenticates with the session cookie (same origin); EventSource resumes with Last-Event-ID itself.
  const source = new EventSource('/api/v1/stream');
  {
    source.onopen = () => { live.textContent = 'Live'; live.className = 'live on'; };
    source.onerror = () => { live.textContent = 'Live updates interrupted — reconnecting…'; live.className = 'live off'; };
    const handler = (e: MessageEvent) => {
      live.textContent = 'Live';
      live.className = 'live on';
      try {
        void onMessage(JSON.parse(e.data as string) as StreamMessage);
      } catch {
        /* ignore a malformed message */
      }
    };
    for (const kind of STREAM_KINDS) source.addEventListener(kind, handler as EventListener);
    source.onmessage = handler;
  }

  return () => {
    window.clearInterval(timer);
    observer.disconnect();
    source.close();
  };
}
