// Concord operations console: hash router, header (whoami, sign-out), page modules.
import './style.css';
import { h, problemBox } from './dom';
import { clearSession, loadSession, session, signOut } from './session';
import { renderSignIn } from './pages/signin';
import { renderBoard } from './pages/board';
import { renderEvent } from './pages/event';
import { renderCatalog, renderObject } from './pages/catalog';
import { renderAgreements } from './pages/agreements';
import { renderAudit } from './pages/audit';
import { renderClaims } from './pages/claims';

/** A page renders into main and may return a cleanup (timers, EventSource). */
export type Cleanup = (() => void) | void;

const main = document.getElementById('main') as HTMLElement;
const whoami = document.getElementById('whoami') as HTMLElement;
const signOutButton = document.getElementById('sign-out') as HTMLButtonElement;
const nav = document.getElementById('nav') as HTMLElement;
let cleanup: Cleanup;
let renderToken = 0;

export function updateHeader(): void {
  const s = session();
  whoami.textContent = s ? `${s.agency ?? 'hub'} · ${s.role}` : 'Not signed in';
  signOutButton.hidden = !s;
  nav.hidden = !s;
  const claims = nav.querySelector<HTMLAnchorElement>('a[href="#/claims"]');
  if (claims) claims.hidden = s?.role !== 'hub-admin';
}

export function navigate(hash: string): void {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

async function route(): Promise<void> {
  const token = ++renderToken;
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  const hash = location.hash || (session()?.role === 'auditor' ? '#/audit' : '#/board');
  const path = hash.replace(/^#/, '');
  const parts = path.split('?')[0].split('/').filter(Boolean);
  main.replaceChildren();
  for (const link of nav.querySelectorAll('a')) {
    const current = hash.startsWith(link.getAttribute('href') ?? '-') || (parts[0] === 'events' && link.getAttribute('href') === '#/board')
      || (parts[0] === 'objects' && link.getAttribute('href') === '#/catalog');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!session() && parts[0] !== 'sign-in') {
    location.replace('#/sign-in');
    return;
  }
  try {
    switch (parts[0]) {
      case 'sign-in':
        cleanup = renderSignIn(main);
        break;
      case undefined:
      case 'board':
        cleanup = renderBoard(main);
        break;
      case 'events':
        cleanup = renderEvent(main, decodeURIComponent(parts[1] ?? ''));
        break;
      case 'catalog':
        cleanup = renderCatalog(main);
        break;
      case 'objects':
        cleanup = renderObject(main, decodeURIComponent(parts[1] ?? ''));
        break;
      case 'agreements':
        cleanup = renderAgreements(main, parts[1] ? decodeURIComponent(parts[1]) : null);
        break;
      case 'audit':
        cleanup = renderAudit(main);
        break;
      case 'claims':
        cleanup = renderClaims(main);
        break;
      default:
        document.title = 'Not found · Concord console';
        main.append(h('h1', { tabindex: '-1' }, 'Page not found'), h('p', {}, h('a', { href: '#/board' }, 'Go to the board')));
    }
  } catch (e) {
    main.append(problemBox(e));
  }
  if (token === renderToken) (main.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
}

signOutButton.addEventListener('click', async () => {
  try {
    await signOut();
  } catch {
    /* the cookie is gone either way for this page */
  }
  updateHeader();
  navigate('#/sign-in');
});

document.getElementById('skip-link')?.addEventListener('click', (e) => {
  e.preventDefault();
  (main.querySelector('h1') as HTMLElement | null ?? main).focus();
});

window.addEventListener('hashchange', () => void route());
window.addEventListener('concord:unauthorized', () => {
  if (!session()) return;
  clearSession();
  updateHeader();
  navigate('#/sign-in');
});

async function start(): Promise<void> {
  try {
    await loadSession();
  } catch (e) {
    main.replaceChildren(problemBox(e));
  }
  updateHeader();
  await route();
}

void start();
