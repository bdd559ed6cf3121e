// #/sign-in: an API key exchanged for an HTTP-only session cookie (POST /api/v1/session).
import { h, field, pageHeading, showProblem } from '../dom';
import { session, signIn } from '../session';
import { updateHeader } from '../header';
import { navigate } from '../router';

export function renderSignIn(main: HTMLElement): void {
  pageHeading(main, 'Sign in');
  const s = session();
  if (s) {
    main.append(h('p', {}, `Signed in as ${s.agency ?? 'hub'} · ${s.role}. `, h('a', { href: s.role === 'auditor' ? '#/audit' : '#/board' }, s.role === 'auditor' ? 'Open the audit log' : 'Open the board')));
  }
  const key = h('input', { type: 'password', 'data-testid': 'api-key', name: 'apiKey', autocomplete: 'current-password', required: true, spellcheck: 'false' });
  const button = h('button', { type: 'submit', 'data-testid': 'sign-in' }, 'Sign in');
  const slot = h('div', { class: 'slot' });
  const form = h('form', { class: 'card narrow', 'aria-labelledby': 'page-title' },
    h('p', {}, 'Sign in with an API key issued to you by your agency administrator. The key is exchanged for a session cookie and not stored by this page.'),
    field('API key', key), button, slot);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    slot.replaceChildren(h('p', { class: 'loading', 'data-testid': 'loading', role: 'status' }, 'Signing in…'));
    try {
      await signIn(key.value.trim());
      key.value = '';
      updateHeader();
      navigate(session()?.role === 'auditor' ? '#/audit' : '#/board');
    } catch (err) {
      showProblem(slot, err);
      key.focus();
    } finally {
      button.disabled = false;
    }
  });
  main.append(form);
  key.focus();
}
