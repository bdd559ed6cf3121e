// #/events/{id}: one event with its history, geometry, CDM links, coordination state and the parties' actions.
import { api, apiAll, ApiError, pairLabel, STREAM_KINDS, type Conjunction, type ManeuverPlan } from '../api';
import { trendChart } from '../charts';
import { ackStateText } from '../coordination';
import { countdown, dl, field, fmtMeters, fmtPc, fmtTime, h, loading, pageHeading, problemBox, riskBadge } from '../dom';
import { hasRole, session } from '../session';
import { eventGeometry, geometryKey, type EventGeometryView } from './eventGeometry';

export function renderEvent(main: HTMLElement, id: string): () => void {
  pageHeading(main, 'Conjunction event');
  const body = h('div');
  main.append(body);
  let timer = 0;
  let disposed = false;
  let pendingReload = false; // a stream message for this event arrived while the user was engaged with an action form
  let focusRequest: string | undefined; // the control an action asked its reload to focus, kept until a reload renders
  let generation = 0; // loads started; only the latest one renders, so an older fetch never overwrites a newer state
  let geometryView: EventGeometryView | null = null; // kept across reloads while the event's latest update is the same
  // The user is engaged when typing in one of the page's fields, or while a key or the pointer is held down on it: a
  // re-render then would discard what is being typed, or replace a button between the press and its release (Space
  // and a click activate on release) and swallow the activation. The reload waits for the release or for focus to leave.
  let pressing = false;
  const engaged = () => {
    const active = document.activeElement;
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement;
    return pressing || (typing && body.contains(active));
  };

  // Plan upload (OEM, KVN or XML), screened at once. Built once, outside load(): a re-render while a plan is being
  // screened (a stream message for this event: an escalation, a re-screening) must neither detach the result box the
  // upload writes into nor clear a chosen file.
  const planFile = h('input', { type: 'file', 'data-testid': 'plan-file', name: 'plan', accept: '.oem,.kvn,.txt,.xml,text/plain,application/xml' });
  const planButton = h('button', { type: 'submit', 'data-testid': 'upload-plan' }, 'Upload and screen plan');
  const planResult = h('div', { 'data-testid': 'plan-result', class: 'slot', 'aria-live': 'polite' });
  const planForm = h('form', { class: 'action', 'aria-label': 'Manoeuvre plan' }, h('h3', {}, 'Manoeuvre plan'),
    field('Planned trajectory (CCSDS OEM, KVN or XML)', planFile), planButton, planResult);
  planForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = planFile.files?.[0];
    if (!file) {
      planResult.replaceChildren(problemBox(new ApiError({ title: 'No file chosen', code: 'console.no-file', detail: 'Choose an OEM file to upload.' })));
      return;
    }
    planButton.disabled = true;
    planResult.replaceChildren(loading('Uploading and screening the plan…'));
    try {
      const text = await file.text();
      const xml = text.trimStart().startsWith('<');
      const plan = await api<ManeuverPlan>(`/api/v1/conjunctions/${encodeURIComponent(id)}/maneuver-plans`, { method: 'POST', rawBody: text,
        contentType: xml ? 'application/xml; charset=utf-8' : 'text/plain; charset=utf-8' });
      planResult.replaceChildren(planScreening(plan));
      await load('upload-plan'); // the plans list and coordination state; the form (and its result) is moved, not rebuilt
    } catch (err) {
      planResult.replaceChildren(problemBox(err));
    } finally {
      planButton.disabled = false;
    }
  });

  async function load(focusAfter?: string): Promise<void> {
    pendingReload = false;
    if (focusAfter) focusRequest = focusAfter; // a later load that supersedes this one (a stream message) honours it
    const started = ++generation;
    if (!body.hasChildNodes()) body.append(loading('Loading event…'));
    let c: Conjunction;
    let plans: ManeuverPlan[] = [];
    try {
      c = await api<Conjunction>(`/api/v1/conjunctions/${encodeURIComponent(id)}`);
      try {
        plans = await apiAll<ManeuverPlan>(`/api/v1/conjunctions/${encodeURIComponent(id)}/maneuver-plans?limit=1000`);
      } catch {
        plans = [];
      }
    } catch (e) {
      body.replaceChildren(problemBox(e));
      return;
    }
    if (disposed || started !== generation) return;
    // A fetch that was already under way when the user pressed a key (or began typing) must not re-render now: the
    // button under the key would be replaced before its release, and the release activates it. An action's own reload
    // waits only for a held key (its form's field may keep focus); it renders on release with the focus it asked for.
    if (focusRequest ? pressing : engaged()) {
      pendingReload = true;
      return;
    }
    document.title = `Event ${pairLabel(c)} · Concord console`;
    (main.querySelector('h1') as HTMLElement).textContent = `Event ${pairLabel(c)}`;
    const me = session();
    const full = c.detail === 'full';
    const cd = h('span', { 'data-testid': 'countdown' }, countdown(c.tca));
    window.clearInterval(timer);
    timer = window.setInterval(() => { cd.textContent = countdown(c.tca); }, 1000);

    const objectLink = (n: string) => h('a', { href: `#/objects/${n}` }, n);
    const summary = h('section', { 'aria-labelledby': 'sum-h', class: 'card' }, h('h2', { id: 'sum-h' }, 'Summary'),
      dl([
        ['Risk', riskBadge(c.riskLevel)],
        ...c.objects.map((o, i): [string, Node | string] => [`Object ${i + 1}`, o.noradId === null
          ? 'withheld by the release policy'
          : h('span', {}, objectLink(o.noradId), o.owner ? ` (${o.owner})` : '',
            o.source ? ` — source ${o.source.kind} from ${o.source.originator} (${o.source.authority})${o.source.sourceDisagreement ? ', sources disagree' : ''}` : '')]),
        ['TCA', h('span', {}, h('time', { datetime: c.tca }, fmtTime(c.tca)), ' — ', cd)],
        ['Miss distance', fmtMeters(c.missDistanceMeters)],
        ['Relative speed', c.relativeSpeedMetersPerSecond === null ? '—' : `${c.relativeSpeedMetersPerSecond.toFixed(0)} m/s`],
        ['Pc', c.pcMethod ? `${fmtPc(c.pc)} (${c.pcMethod})` : fmtPc(c.pc)],
        ['Status', c.closedReason ? `${c.status} (${c.closedReason})` : c.status],
        ['Acknowledgement', h('span', { 'data-testid': 'ack-state' }, ackStateText(c.coordination, me?.agency ?? null))],
        ['Detail released', `${c.detail} (${c.releaseReason})`],
        ['Screened', `${fmtTime(c.firstScreenedAt)} → ${fmtTime(c.lastScreenedAt)}`],
      ]));
    if (!full) summary.append(h('p', { class: 'note' }, 'Encounter only: the release policy withholds an object\'s data (identity, state, covariance, CDM, geometry) from your agency; the hub computed the event with it.'));

    // Geometry (3-D view and encounter plane from the hub's geometry route; withheld from a basic warning) and trend.
    const geometry = h('section', { 'aria-labelledby': 'geo-h', class: 'card' }, h('h2', { id: 'geo-h' }, 'Geometry and trend'));
    const updates = c.updates ?? [];
    if (geometryView?.key !== geometryKey(c)) {
      geometryView?.dispose();
      geometryView = eventGeometry(c);
    }
    geometry.append(geometryView.element, h('div', { class: 'charts' },
      h('figure', {}, trendChart(updates), h('figcaption', {}, `Miss distance and Pc over ${updates.length} screening(s).`))));
    const cdmBase = `/api/v1/conjunctions/${encodeURIComponent(c.id)}/cdm`;
    geometry.append(full
      ? h('p', { class: 'links' }, 'CDM of the latest update: ',
        h('a', { href: `${cdmBase}?format=kvn`, download: `cdm-${c.id}.kvn`, 'data-testid': 'cdm-kvn' }, 'KVN'), ' · ',
        h('a', { href: `${cdmBase}?format=xml`, download: `cdm-${c.id}.xml`, 'data-testid': 'cdm-xml' }, 'XML'))
      : h('p', { class: 'note' }, 'CDM download is not released to your agency for this event.'));

    // Coordination state.
    const coord = c.coordination;
    const coordSection = h('section', { 'aria-labelledby': 'coord-h', class: 'card', 'data-testid': 'coordination' }, h('h2', { id: 'coord-h' }, 'Coordination'));
    if (coord && coord.parties.length > 0) {
      coordSection.append(h('table', { class: 'data' },
        h('caption', {}, 'Parties'),
        h('thead', {}, h('tr', {}, ...['Agency', 'Acknowledged', 'Intent', 'Escalations'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...coord.parties.map((p) => h('tr', {},
          h('th', { scope: 'row' }, p.agency ?? 'other party (withheld)'),
          h('td', {}, p.acknowledged ? `yes, ${fmtTime(p.acknowledgement?.acknowledgedAt)} by ${p.acknowledgement?.actor}` : p.acknowledgement ? 'no (risk raised since)' : 'no'),
          h('td', {}, p.intent ? `${p.intent.intent} (manoeuvrable: ${p.intent.maneuverable}) for ${p.intent.object}` : '—'),
          h('td', {}, p.escalations.length ? p.escalations.map((s) => `step ${s.step} at ${fmtTime(s.escalatedAt)}`).join('; ') : '—'))))));
    } else {
      coordSection.append(h('p', {}, 'No coordination state released to you.'));
    }
    const d = coord?.decision;
    coordSection.append(h('h3', {}, 'Decision'), h('p', { 'data-testid': 'decision-status' }, `Status: ${coord?.decisionStatus ?? 'none'}`));
    if (d) {
      coordSection.append(dl([
        ['Manoeuvring object', d.maneuveringObject ?? '—'], ['Manoeuvre at', fmtTime(d.maneuverAt)], ['Plan', d.planId ?? '—'],
        ['Summary', d.summary], ['SHA-256', h('code', { class: 'hash' }, d.sha256)],
        ['Signatures', d.signatures.map((s) => `${s.as}: ${s.agency} (${s.actor}) ${fmtTime(s.signedAt)}`).join('; ')],
      ]));
    }

    // Actions.
    const actions = h('section', { 'aria-labelledby': 'act-h', class: 'card' }, h('h2', { id: 'act-h' }, 'Actions'));
    const mine = me?.agency && coord?.parties.some((p) => p.agency === me.agency);
    const ownObjects = c.objects.filter((o) => o.own).map((o) => o.noradId).filter((x): x is string => x !== null);
    const identified = c.objects.map((o) => o.noradId).filter((x): x is string => x !== null);

    const runAction = async (slot: HTMLElement, button: HTMLButtonElement, work: () => Promise<unknown>, testFocus: string) => {
      button.disabled = true;
      slot.replaceChildren(loading('Working…'));
      try {
        await work();
        slot.replaceChildren(h('p', { role: 'status' }, 'Done.'));
        await load(testFocus);
      } catch (e) {
        slot.replaceChildren(problemBox(e));
        button.disabled = false;
      }
    };

    // Acknowledge.
    const ackComment = h('input', { type: 'text', name: 'comment', maxlength: 500 });
    const ackButton = h('button', { type: 'submit', 'data-testid': 'acknowledge' }, 'Acknowledge');
    const ackSlot = h('div', { class: 'slot' });
    const ackForm = h('form', { class: 'action', 'aria-label': 'Acknowledge' }, h('h3', {}, 'Acknowledge'), field('Comment (optional)', ackComment), ackButton, ackSlot);
    ackForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void runAction(ackSlot, ackButton, () => api(`/api/v1/conjunctions/${c.id}/acknowledge`, { method: 'POST', body: { comment: ackComment.value || null } }), 'acknowledge');
    });

    // Intent.
    const intent = h('select', { 'data-testid': 'intent', name: 'intent' },
      h('option', { value: 'will-mitigate' }, 'Will mitigate'), h('option', { value: 'will-not-mitigate' }, 'Will not mitigate'),
      h('option', { value: 'undetermined', selected: true }, 'Undetermined'));
    const maneuverable = h('select', { 'data-testid': 'maneuverable', name: 'maneuverable' },
      h('option', { value: 'yes' }, 'Yes'), h('option', { value: 'no' }, 'No'), h('option', { value: 'unknown', selected: true }, 'Unknown'));
    const intentObject = h('select', { name: 'object' }, ...(ownObjects.length ? ownObjects : identified).map((n) => h('option', { value: n }, n)));
    const intentComment = h('input', { type: 'text', name: 'comment', maxlength: 500 });
    const intentButton = h('button', { type: 'submit', 'data-testid': 'submit-intent' }, 'State intent');
    const intentSlot = h('div', { class: 'slot' });
    const intentForm = h('form', { class: 'action', 'aria-label': 'Intent' }, h('h3', {}, 'Intent'),
      field('Object', intentObject), field('Intent', intent), field('Manoeuvrable', maneuverable), field('Comment (optional)', intentComment), intentButton, intentSlot);
    intentForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void runAction(intentSlot, intentButton, () => api(`/api/v1/conjunctions/${c.id}/intent`, { method: 'POST',
        body: { intent: intent.value, maneuverable: maneuverable.value, comment: intentComment.value || null, object: intentObject.value } }), 'submit-intent');
    });

    actions.append(ackForm, intentForm, planForm);
    if (!mine) actions.prepend(h('p', { class: 'note' }, 'Your agency is not a party to this event: the hub will refuse these actions.'));

    // Decision (officers).
    if (hasRole('officer') && coord?.decisionStatus === 'co-signed') {
      actions.append(h('p', { class: 'note' }, 'The decision is co-signed and final.'));
    } else if (hasRole('officer')) {
      const decisionSlot = h('div', { class: 'slot' });
      const maneuvering = h('select', { name: 'maneuveringObject' }, h('option', { value: '' }, 'None (no manoeuvre)'),
        ...identified.map((n) => h('option', { value: n }, n)));
      const at = h('input', { type: 'datetime-local', name: 'maneuverAt', step: 1 });
      const planSelect = h('select', { name: 'planId' }, h('option', { value: '' }, 'None'),
        ...plans.map((p) => h('option', { value: p.id }, `${p.object} by ${p.uploadedBy} at ${fmtTime(p.uploadedAt)}`)));
      const summaryInput = h('textarea', { name: 'summary', rows: 2, maxlength: 2000, required: true });
      const propose = h('button', { type: 'submit', 'data-testid': 'propose-decision' }, 'Propose decision');
      const decisionForm = h('form', { class: 'action', 'aria-label': 'Decision' }, h('h3', {}, 'Propose a decision'),
        field('Manoeuvring object', maneuvering), field('Manoeuvre at (UTC)', at), field('Plan', planSelect), field('Summary', summaryInput), propose, decisionSlot);
      decisionForm.addEventListener('submit', (e) => {
        e.preventDefault();
        void runAction(decisionSlot, propose, () => api(`/api/v1/conjunctions/${c.id}/decision`, { method: 'POST', body: {
          maneuveringObject: maneuvering.value || null, maneuverAt: at.value ? `${at.value.length === 16 ? `${at.value}:00` : at.value}Z` : null,
          planId: planSelect.value || null, summary: summaryInput.value } }), 'propose-decision');
      });
      actions.append(decisionForm);
      if (d && d.status === 'proposed' && d.signatures[0]?.agency !== me?.agency) {
        const coSign = h('button', { type: 'button', 'data-testid': 'co-sign' }, 'Co-sign decision');
        const coSlot = h('div', { class: 'slot' });
        coSign.addEventListener('click', () => void runAction(coSlot, coSign,
          () => api(`/api/v1/conjunctions/${c.id}/decision/co-sign`, { method: 'POST', body: { sha256: d.sha256 } }), 'co-sign'));
        actions.append(h('div', { class: 'action' }, h('h3', {}, 'Co-sign'), h('p', {}, `Proposed by ${d.signatures[0]?.agency ?? '?'}; co-signing fixes SHA-256 ${d.sha256.slice(0, 16)}…`), coSign, coSlot));
      }
    }

    // Plans already uploaded.
    const plansSection = h('section', { 'aria-labelledby': 'plans-h', class: 'card' }, h('h2', { id: 'plans-h' }, 'Manoeuvre plans'));
    plansSection.append(plans.length === 0 ? h('p', {}, 'No plans uploaded.') : h('ul', {}, ...plans.map((p) => h('li', {},
      `${p.object} by ${p.uploadedBy}, ${fmtTime(p.uploadedAt)}: pair miss ${fmtMeters(p.screening.pairMissDistanceMeters)}, risk ${p.screening.pairRiskLevel}`,
      p.oemUrl ? h('span', {}, ' · ', h('a', { href: p.oemUrl, download: `plan-${p.id}.oem` }, 'OEM')) : null))));

    // A re-render (stream message, action) keeps the keyboard user's place: the focused control, found again by its
    // test id or link target.
    const active = document.activeElement;
    const refocus = focusRequest ? `[data-testid=${focusRequest}]` : active instanceof HTMLElement && body.contains(active) ? focusSelector(active) : null;
    focusRequest = undefined;
    body.replaceChildren(h('div', { class: 'event-grid' }, h('div', { class: 'col' }, summary, geometry, coordSection, plansSection), h('div', { class: 'col' }, actions)));
    if (refocus) (body.querySelector(refocus) as HTMLElement | null)?.focus();
  }

  void load();

  // Live: reload when the stream reports a change to this event, once the user is not engaged with the page (below).
  const source = new EventSource('/api/v1/stream');
  const onChange = (e: MessageEvent) => {
    let eventId = '';
    try {
      eventId = (JSON.parse(e.data as string) as { eventId?: string }).eventId ?? '';
    } catch {
      return;
    }
    if (eventId !== id) return;
    if (engaged()) {
      pendingReload = true; // reloaded on release or when focus leaves, or by the action itself
      return;
    }
    void load();
  };
  const reloadIfPending = () => window.setTimeout(() => {
    if (pendingReload && !disposed && !engaged()) void load();
  }, 0);
  const press = () => { pressing = true; };
  const release = () => {
    pressing = false;
    reloadIfPending();
  };
  body.addEventListener('keydown', press);
  body.addEventListener('pointerdown', press);
  window.addEventListener('keyup', release);
  window.addEventListener('pointerup', release);
  window.addEventListener('pointercancel', release);
  window.addEventListener('blur', release); // a key released in another window never reaches this one
  body.addEventListener('focusout', reloadIfPending);
  for (const kind of STREAM_KINDS) source.addEventListener(kind, onChange as EventListener);
  return () => {
    disposed = true;
    window.clearInterval(timer);
    geometryView?.dispose();
    source.close();
    window.removeEventListener('keyup', release);
    window.removeEventListener('pointerup', release);
    window.removeEventListener('pointercancel', release);
    window.removeEventListener('blur', release);
  };
}

/** A selector that finds the counterpart of a focused element after a re-render, or null. */
function focusSelector(el: HTMLElement): string | null {
  const testId = el.dataset.testid;
  if (testId) return `[data-testid="${CSS.escape(testId)}"]`;
  const href = el instanceof HTMLAnchorElement ? el.getAttribute('href') : null;
  return href ? `a[href="${CSS.escape(href)}"]` : null;
}

function planScreening(plan: ManeuverPlan): HTMLElement {
  const s = plan.screening;
  const box = h('div', { class: 'result' }, h('h4', {}, 'Screening result'),
    dl([
      ['Pair miss distance', h('span', { 'data-testid': 'pair-miss' }, s.pairMissDistanceMeters === null ? 'no approach' : `${fmtMeters(s.pairMissDistanceMeters)} (pairMissDistanceMeters ${s.pairMissDistanceMeters.toFixed(1)})`)],
      ['Pair risk level', h('span', { 'data-testid': 'pair-risk' }, riskBadge(s.pairRiskLevel))],
      ['Pair TCA', fmtTime(s.pairTca)], ['Pair Pc', fmtPc(s.pairPc)],
      ['Screened', `${s.screenedObjects} objects in ${s.durationMs} ms`],
    ]));
  const fresh = s.conjunctions.filter((x) => x.new);
  box.append(h('p', {}, `${s.conjunctions.length} conjunction(s) of the planned trajectory, ${fresh.length} new.`));
  if (s.conjunctions.length > 0) {
    box.append(h('table', { class: 'data', 'data-testid': 'plan-conjunctions' },
      h('caption', {}, 'Conjunctions of the planned trajectory'),
      h('thead', {}, h('tr', {}, ...['Object', 'TCA', 'Miss', 'Pc', 'Risk', 'New'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...s.conjunctions.map((x) => h('tr', {}, h('td', {}, x.noradId), h('td', {}, fmtTime(x.tca)), h('td', {}, fmtMeters(x.missDistanceMeters)),
        h('td', {}, fmtPc(x.pc)), h('td', {}, riskBadge(x.riskLevel)), h('td', {}, x.new ? 'new' : '—'))))));
  }
  return box;
}
