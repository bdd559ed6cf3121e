// The signed-in caller (cookie session: GET/POST/DELETE /api/v1/session).
import { api, ApiError, type Session } from './api';

let current: Session | null = null;

export function session(): Session | null {
  return current;
}

/** Reads the current session; null when not signed in (401). */
export async function loadSession(): Promise<Session | null> {
  try {
    current = await api<Session>('/api/v1/session');
  } catch (e) {
    if (e instanceof ApiError && (e.problem.status === 401 || e.problem.status === 404)) current = null;
    else throw e;
  }
  return current;
}

/** Exchanges an API key for the HTTP-only session cookie. */
export async function signIn(apiKey: string): Promise<Session> {
  current = await api<Session>('/api/v1/session', { method: 'POST', body: { apiKey } });
  return current;
}

export async function signOut(): Promise<void> {
  try {
    await api<null>('/api/v1/session', { method: 'DELETE' });
  } finally {
    current = null;
  }
}

/** Forgets the session locally (the hub answered 401: expired or revoked). */
export function clearSession(): void {
  current = null;
}

export function hasRole(...roles: string[]): boolean {
  return current !== null && roles.includes(current.role);
}
