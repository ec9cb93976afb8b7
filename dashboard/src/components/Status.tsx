import type { ComponentChildren } from 'preact';

import type { Loaded } from '../api/useApi';

/** An error as the envelope's message, announced to screen readers. */
export function ErrorMessage({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {error.message}
    </p>
  );
}

export function Loading() {
  return (
    <p class="loading" role="status" aria-live="polite">
      Loading…
    </p>
  );
}

/** Renders children with the loaded data; the error or a loading line until then. */
export function WhenLoaded<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.error && !loaded.data) return <ErrorMessage error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  return (
    <>
      <ErrorMessage error={loaded.error} />
      {children(loaded.data)}
    </>
  );
}
