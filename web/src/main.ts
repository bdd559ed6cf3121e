// Concord operations console: the page table, the header's sign-out and the start-up. Routing lives in router.ts.
import './style.css';
import { problemBox } from './dom';
import { updateHeader } from './header';
import { navigate, startRouter, type Page } from './router';
import { clearSession, loadSession, session, signOut } from './session';
import { renderSignIn } from './pages/signin';
import { renderBoard } from './pages/board';
import { renderEvent } from './pages/event';
import { renderCatalog, renderObject } from './pages/catalog';
import { renderAgreements } from './pages/agreements';
import { renderAudit } from './pages/audit';
import { renderClaims } from './pages/claims';

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const signOutButton = document.getElementById('sign-out') as HTMLButtonElement;

const pages: Record<string, Page> = {
  'sign-in': { render: (m) => renderSignIn(m) },
  board: { render: (m) => renderBoard(m) },
  events: { render: (m, [id]) => renderEvent(m, decodeURIComponent(id ?? '')), navSection: '#/board' },
  catalog: { render: (m) => renderCatalog(m) },
  objects: { render: (m, [noradId]) => renderObject(m, decodeURIComponent(noradId ?? '')), navSection: '#/catalog' },
  agreements: { render: (m, [id]) => renderAgreements(m, id ? decodeURIComponent(id) : null) },
  audit: { render: (m) => renderAudit(m) },
  claims: { render: (m) => renderClaims(m) },
};

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
  await startRouter({ main, nav, pages, home: () => (session()?.role === 'auditor' ? 'audit' : 'board') });
}

void start();
