import { useState } from 'preact/hooks';

import { type Credential, type CredentialKind } from './credential';

/** Asks once for an API key or an access token; the app checks it against the gateway before keeping it. */
export function SignIn({ onSubmit, error }: { onSubmit: (credential: Credential) => void; error: string | null }) {
  const [kind, setKind] = useState<CredentialKind>('key');
  const [value, setValue] = useState('');

  return (
    <main class="sign-in">
      <h1>OEML dashboard</h1>
      <form
        aria-label="Sign in"
        onSubmit={(event) => {
          event.preventDefault();
          if (value.trim()) onSubmit({ kind, value: value.trim() });
        }}
      >
        <fieldset>
          <legend>Credential</legend>
          <label>
            <input type="radio" name="kind" checked={kind === 'key'} onChange={() => setKind('key')} /> API key
          </label>
          <label>
            <input type="radio" name="kind" checked={kind === 'token'} onChange={() => setKind('token')} /> Access
            token (OIDC)
          </label>
        </fieldset>
        <label for="credential">{kind === 'key' ? 'API key' : 'Access token'}</label>
        <input
          id="credential"
          name="credential"
          type="password"
          autocomplete="off"
          required
          value={value}
          onInput={(event) => setValue((event.target as HTMLInputElement).value)}
        />
        <p class="hint">Kept for this browser tab's session only.</p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
