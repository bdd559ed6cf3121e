// The page header: who is signed in, the sign-out button and the nav (the claims link for hub administrators only).
import { session } from './session';

const whoami = document.getElementById('whoami') as HTMLElement;
const signOutButton = document.getElementById('sign-out') as HTMLButtonElement;
const nav = document.getElementById('nav') as HTMLElement;

/** Shows the current session (or none) in the header. */
export function updateHeader(): void {
  const s = session();
  whoami.textContent = s ? `${s.agency ?? 'hub'} · ${s.role}` : 'Not signed in';
  signOutButton.hidden = !s;
  nav.hidden = !s;
  const claims = nav.querySelector<HTMLAnchorElement>('a[href="#/claims"]');
  if (claims) claims.hidden = s?.role !== 'hub-admin';
}
