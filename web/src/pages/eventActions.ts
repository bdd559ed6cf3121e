// The event page's actions card: acknowledge, state intent, the plan upload form, and (officers) propose or co-sign a
// decision. Each action reloads the page when it succeeds and asks that reload to focus the action's own control.
import { api, type Conjunction, type ManeuverPlan } from '../api';
import { field, fmtTime, h, loading, problemBox } from '../dom';
import { hasRole, session } from '../session';

/** Reloads the event page after an action and focuses the control with this `data-testid` once the reload renders
 * (a later reload that supersedes this one, such as a stream message, honours the request). */
export type ReloadAfterAction = (focusTestId: string) => Promise<void>;

/** The actions section. `planForm` is the page's plan upload form, built once and moved into each render. */
export function eventActions(c: Conjunction, plans: ManeuverPlan[], planForm: HTMLElement, reload: ReloadAfterAction): HTMLElement {
  const me = session();
  const coord = c.coordination;
  const d = coord?.decision;
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
      await reload(testFocus);
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
  return actions;
}
