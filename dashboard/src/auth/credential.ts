/**
 * The caller's credential, entered once and kept for the browser session only (sessionStorage: gone when the tab
 * closes, never written to disk by the page). Either an API key (sent as X-API-Key) or an OIDC access token (sent
 * as a bearer token), the two kinds the gateway accepts.
 */
export type CredentialKind = 'key' | 'token';

export interface Credential {
  kind: CredentialKind;
  value: string;
}

const STORAGE_KEY = 'oeml.credential';

export function storedCredential(): Credential | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Credential;
    return parsed.value ? parsed : null;
  } catch {
    return null;
  }
}

export function storeCredential(credential: Credential): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credential));
}

export function forgetCredential(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

export function authHeaders(credential: Credential | null): Record<string, string> {
  if (!credential) return {};
  return credential.kind === 'key'
    ? { 'X-API-Key': credential.value }
    : { Authorization: `Bearer ${credential.value}` };
}
