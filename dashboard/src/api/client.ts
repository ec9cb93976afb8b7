import { fetchEventSource } from '@microsoft/fetch-event-source';

import { authHeaders, storedCredential } from '../auth/credential';

/** An answer that was not 2xx: the gateway's error envelope, whose message is what the page shows. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Envelope {
  success: false;
  error: string;
  error_code: string;
}

/** Called when an answer is 401, so the app can ask for a credential again. */
let onUnauthorized: () => void = () => {};

export function whenUnauthorized(handler: () => void): void {
  onUnauthorized = handler;
}

/** GET (or any method) of a JSON API path through the gateway, with the session's credential. */
export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { Accept: 'application/json', ...authHeaders(storedCredential()), ...(init.headers ?? {}) },
  });
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** POST of a form (the SPEC's create endpoints take application/x-www-form-urlencoded or multipart). */
export function postForm<T>(path: string, form: URLSearchParams | FormData): Promise<T> {
  return api<T>(path, { method: 'POST', body: form });
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return api<T>(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
}

async function errorOf(response: Response): Promise<ApiError> {
  if (response.status === 401) onUnauthorized();
  const text = await response.text();
  try {
    const envelope = JSON.parse(text) as Envelope;
    if (envelope && typeof envelope.error === 'string') {
      return new ApiError(response.status, envelope.error_code, envelope.error);
    }
  } catch {
    // Not the envelope (a proxy in between, say): fall through to the status line.
  }
  return new ApiError(response.status, 'HTTP_' + response.status, `${response.status} ${response.statusText}`.trim());
}

export interface ServerEvent {
  event: string;
  data: string;
}

/**
 * Follows a Server-Sent Events path with the session's credential (EventSource cannot send headers, so this uses
 * fetch-event-source). Returns the function that stops following. Reconnects after a dropped connection; an
 * error answer (4xx) is reported once and ends the stream.
 */
export function followEvents(
  path: string,
  onEvent: (event: ServerEvent) => void,
  onError: (error: ApiError) => void,
): () => void {
  const controller = new AbortController();
  fetchEventSource(path, {
    signal: controller.signal,
    headers: { Accept: 'text/event-stream', ...authHeaders(storedCredential()) },
    openWhenHidden: true,
    async onopen(response) {
      if (!response.ok) throw await errorOf(response);
    },
    onmessage(message) {
      onEvent({ event: message.event || 'message', data: message.data });
    },
    onerror(error) {
      if (error instanceof ApiError) {
        onError(error);
        throw error; // no retry for an error answer
      }
      return 2000; // retry after a dropped connection
    },
  }).catch(() => {});
  return () => controller.abort();
}
