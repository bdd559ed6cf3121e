// The event page's manoeuvre plans: the upload form (OEM, KVN or XML, screened at once, with its screening result) and
// the list of plans already uploaded.
import { api, ApiError, type ManeuverPlan } from '../api';
import { dl, field, fmtMeters, fmtPc, fmtTime, h, loading, problemBox, riskBadge } from '../dom';
import type { ReloadAfterAction } from './eventActions';

/** The plan upload form. Built once per page, outside the page's reloads: a re-render while a plan is being screened
 * (a stream message for this event: an escalation, a re-screening) must neither detach the result box the upload
 * writes into nor clear a chosen file. */
export function planUploadForm(eventId: string, reload: ReloadAfterAction): HTMLElement {
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
      const plan = await api<ManeuverPlan>(`/api/v1/conjunctions/${encodeURIComponent(eventId)}/maneuver-plans`, { method: 'POST', rawBody: text,
        contentType: xml ? 'application/xml; charset=utf-8' : 'text/plain; charset=utf-8' });
      planResult.replaceChildren(planScreening(plan));
      await reload('upload-plan'); // the plans list and coordination state; the form (and its result) is moved, not rebuilt
    } catch (err) {
      planResult.replaceChildren(problemBox(err));
    } finally {
      planButton.disabled = false;
    }
  });
  return planForm;
}

/** The "Manoeuvre plans" section: each uploaded plan with its pair screening and its OEM link. */
export function eventPlans(plans: ManeuverPlan[]): HTMLElement {
  const section = h('section', { 'aria-labelledby': 'plans-h', class: 'card' }, h('h2', { id: 'plans-h' }, 'Manoeuvre plans'));
  section.append(plans.length === 0 ? h('p', {}, 'No plans uploaded.') : h('ul', {}, ...plans.map((p) => h('li', {},
    `${p.object} by ${p.uploadedBy}, ${fmtTime(p.uploadedAt)}: pair miss ${fmtMeters(p.screening.pairMissDistanceMeters)}, risk ${p.screening.pairRiskLevel}`,
    p.oemUrl ? h('span', {}, ' · ', h('a', { href: p.oemUrl, download: `plan-${p.id}.oem` }, 'OEM')) : null))));
  return section;
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
