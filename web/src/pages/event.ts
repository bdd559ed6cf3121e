// #/events/{id}: one event with its history, geometry, CDM links, coordination state and the parties' actions.
// This module loads the event and keeps it live (stream reloads, deferred while the user is engaged); the cards are
// built by eventSummary, eventTrend (with eventGeometry), eventCoordination, eventActions and eventPlans.
import { api, apiAll, pairLabel, STREAM_KINDS, type Conjunction, type ManeuverPlan } from '../api';
import { countdown, h, loading, pageHeading, problemBox } from '../dom';
import { session } from '../session';
import { eventActions } from './eventActions';
import { eventCoordination } from './eventCoordination';
import { eventGeometry, geometryKey, type EventGeometryView } from './eventGeometry';
import { eventPlans, planUploadForm } from './eventPlans';
import { eventSummary } from './eventSummary';
import { eventGeometryAndTrend } from './eventTrend';

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

  // Built once, outside load(): see planUploadForm.
  const planForm = planUploadForm(id, load);

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
    const cd = h('span', { 'data-testid': 'countdown' }, countdown(c.tca));
    window.clearInterval(timer);
    timer = window.setInterval(() => { cd.textContent = countdown(c.tca); }, 1000);
    if (geometryView?.key !== geometryKey(c)) {
      geometryView?.dispose();
      geometryView = eventGeometry(c);
    }
    const summary = eventSummary(c, session()?.agency ?? null, cd);
    const geometry = eventGeometryAndTrend(c, geometryView);
    const coordination = eventCoordination(c);
    const actions = eventActions(c, plans, planForm, load);
    const plansSection = eventPlans(plans);

    // A re-render (stream message, action) keeps the keyboard user's place: the focused control, found again by its
    // test id or link target.
    const active = document.activeElement;
    const refocus = focusRequest ? `[data-testid=${focusRequest}]` : active instanceof HTMLElement && body.contains(active) ? focusSelector(active) : null;
    focusRequest = undefined;
    body.replaceChildren(h('div', { class: 'event-grid' }, h('div', { class: 'col' }, summary, geometry, coordination, plansSection), h('div', { class: 'col' }, actions)));
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
