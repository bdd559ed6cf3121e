// Hash router: the route table (given by main.ts), navigation, the current page's cleanup and the nav's current link.
// Pages import navigate() from here, never main.ts, so no page module is part of an import cycle.
import { h, problemBox } from './dom';
import { session } from './session';

/** A page renders into main and may return a cleanup (timers, EventSource). */
export type Cleanup = (() => void) | void;

/** A page of the console: its renderer gets the raw (still URI-encoded) path segments after the page's own
 * (`#/events/{id}` → [id]). */
export interface Page {
  render(main: HTMLElement, params: string[]): Cleanup;
  /** The nav link shown as current on this page when it is not the page's own (`#/events/…` → `#/board`). */
  navSection?: string;
}

interface RouterState {
  main: HTMLElement;
  nav: HTMLElement;
  pages: Record<string, Page>;
  /** The page for an empty hash: `board` (or `audit` for an auditor). */
  home(): string;
}

let state: RouterState | null = null;
let cleanup: Cleanup;
let renderToken = 0;

/** Goes to a hash route; renders again when it is the current one (a hashchange would not fire). */
export function navigate(hash: string): void {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

/** Installs the route table and renders the current hash, then every hash change. */
export async function startRouter(options: RouterState): Promise<void> {
  state = options;
  window.addEventListener('hashchange', () => void route());
  await route();
}

async function route(): Promise<void> {
  if (!state) return;
  const { main, nav, pages } = state;
  const token = ++renderToken;
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  const hash = location.hash || `#/${state.home()}`;
  const path = hash.replace(/^#/, '');
  const parts = path.split('?')[0].split('/').filter(Boolean);
  const name = parts[0] ?? 'board';
  const page = Object.hasOwn(pages, name) ? pages[name] : undefined;
  main.replaceChildren();
  for (const link of nav.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    const current = hash.startsWith(href ?? '-') || (page?.navSection !== undefined && page.navSection === href);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!session() && name !== 'sign-in') {
    location.replace('#/sign-in');
    return;
  }
  try {
    if (page) {
      cleanup = page.render(main, parts.slice(1));
    } else {
      document.title = 'Not found · Concord console';
      main.append(h('h1', { tabindex: '-1' }, 'Page not found'), h('p', {}, h('a', { href: '#/board' }, 'Go to the board')));
    }
  } catch (e) {
    main.append(problemBox(e));
  }
  if (token === renderToken) (main.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
}
