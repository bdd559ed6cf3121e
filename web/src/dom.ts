// Small DOM helpers: elements built with textContent (never innerHTML with data), problem rendering, formatting.
import { ApiError, type Problem } from './api';

type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;
type Child = Node | string | number | null | undefined | false;

/** Creates an element; `on*` attributes that are functions become listeners, booleans toggle attributes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(child);
  return el;
}

/** The problem details of an error, for display. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return { title: 'Unexpected error', code: 'console.error', detail: String(error) };
}

/** A `[data-testid=problem]` alert showing title, code and detail (and each listed error). */
export function problemBox(error: unknown): HTMLElement {
  const p = problemOf(error);
  const box = h('div', { class: 'problem', role: 'alert', 'data-testid': 'problem' },
    h('strong', {}, p.title ?? 'Error'),
    p.status ? ` (HTTP ${p.status})` : '',
    p.code ? h('code', { class: 'problem-code' }, p.code) : '',
    p.detail ? h('p', {}, p.detail) : '');
  if (p.errors && p.errors.length > 1) {
    box.append(h('ul', {}, ...p.errors.map((e) => h('li', {}, h('code', {}, e.code), ' ', e.detail ?? ''))));
  }
  if (p.diagnostics && p.diagnostics.length > 0) {
    box.append(h('ul', { class: 'diagnostics' }, ...p.diagnostics.slice(0, 20).map((d) =>
      h('li', {}, `line ${d.line}, column ${d.column}: ${d.severity} `, h('code', {}, d.code), ` ${d.message}`))));
  }
  return box;
}

/** Replaces the contents of a slot with a problem box. */
export function showProblem(slot: Element, error: unknown): void {
  slot.replaceChildren(problemBox(error));
}

export function loading(text = 'Loading…'): HTMLElement {
  return h('p', { class: 'loading', 'data-testid': 'loading', role: 'status' }, text);
}

export function fmtTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace(/Z$/, ' UTC');
}

export function fmtMeters(m: number | null | undefined): string {
  if (m === null || m === undefined) return '—';
  return m >= 10000 ? `${(m / 1000).toFixed(1)} km` : `${Math.round(m)} m`;
}

export function fmtPc(pc: number | null | undefined): string {
  if (pc === null || pc === undefined) return '—';
  if (pc === 0) return '0';
  return pc.toExponential(2);
}

/** "T− 1d 02:03:04" until the time, "passed" after. */
export function countdown(iso: string, now = Date.now()): string {
  const ms = new Date(iso).getTime() - now;
  if (Number.isNaN(ms)) return '—';
  if (ms <= 0) return 'TCA passed';
  let s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const hh = Math.floor(s / 3600);
  s -= hh * 3600;
  const mm = Math.floor(s / 60);
  s -= mm * 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `T− ${d > 0 ? `${d}d ` : ''}${pad(hh)}:${pad(mm)}:${pad(s)}`;
}

export const RISK_ORDER: Record<string, number> = { high: 0, attention: 1, low: 2 };

export function riskBadge(level: string): HTMLElement {
  return h('span', { class: `risk risk-${level}` }, level);
}

/** Sets the page title and the main heading, and moves focus to the heading (announced by screen readers). */
export function pageHeading(main: HTMLElement, title: string): HTMLHeadingElement {
  document.title = `${title} · Concord console`;
  const h1 = h('h1', { tabindex: '-1', id: 'page-title' }, title);
  main.append(h1);
  return h1;
}

export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('small', {}, hint) : null);
}

export function dl(rows: [string, Child][]): HTMLElement {
  const list = h('dl', { class: 'facts' });
  for (const [k, v] of rows) list.append(h('dt', {}, k), h('dd', {}, v ?? '—'));
  return list;
}
