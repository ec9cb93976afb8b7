import { useEffect, useState } from 'preact/hooks';

import { ApiError, whenUnauthorized } from '../api/client';
import { type Caller, fetchCaller } from '../auth/caller';
import { type Credential, forgetCredential, storeCredential, storedCredential } from '../auth/credential';
import { SignIn } from '../auth/SignIn';
import { CallerContext } from './CallerContext';
import { matchPath, useLocation } from './router';
import { routes } from './routes';

type Session = { state: 'checking' } | { state: 'signed-out'; error: string | null } | { state: 'signed-in'; caller: Caller };

/** The shell: sign-in until the gateway accepts the credential, then the navigation and the current page. */
export function App() {
  const [session, setSession] = useState<Session>(() =>
    storedCredential() ? { state: 'checking' } : { state: 'signed-out', error: null },
  );

  const check = () =>
    fetchCaller()
      .then((caller) => setSession({ state: 'signed-in', caller }))
      .catch((error: Error) => {
        forgetCredential();
        setSession({ state: 'signed-out', error: error instanceof ApiError ? error.message : 'The gateway is not reachable.' });
      });

  useEffect(() => {
    whenUnauthorized(() => {
      forgetCredential();
      setSession({ state: 'signed-out', error: 'The credential was refused; sign in again.' });
    });
    if (session.state === 'checking') check();
  }, []);

  if (session.state === 'checking') return <p role="status">Checking the credential…</p>;
  if (session.state === 'signed-out') {
    return (
      <SignIn
        error={session.error}
        onSubmit={(credential: Credential) => {
          storeCredential(credential);
          setSession({ state: 'checking' });
          check();
        }}
      />
    );
  }
  return (
    <CallerContext.Provider value={session.caller}>
      <Shell
        caller={session.caller}
        onSignOut={() => {
          forgetCredential();
          setSession({ state: 'signed-out', error: null });
        }}
      />
    </CallerContext.Provider>
  );
}

function Shell({ caller, onSignOut }: { caller: Caller; onSignOut: () => void }) {
  const location = useLocation();
  const found = routes
    .map((route) => ({ route, params: matchPath(route.path, location.path) }))
    .find((candidate) => candidate.params !== null);
  const title = found
    ? typeof found.route.title === 'string'
      ? found.route.title
      : found.route.title(found.params!)
    : 'Not found';

  useEffect(() => {
    document.title = `${title} · OEML`;
  }, [title]);

  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <nav aria-label="Main">
          <a class="brand" href="#/">
            OEML
          </a>
          {routes
            .filter((route) => route.nav)
            .map((route) => (
              <a
                href={'#' + route.path}
                aria-current={found?.route === route ? 'page' : undefined}
                key={route.path}
              >
                {route.nav}
              </a>
            ))}
        </nav>
        <span class="caller">
          {caller.owner} ({caller.roles.join(', ')})
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {found ? (
          found.route.render(found.params!, location.query)
        ) : location.path === '/' ? (
          <Home />
        ) : (
          <p role="alert">No page at {location.path}.</p>
        )}
      </main>
    </>
  );
}

function Home() {
  return (
    <section>
      <h1>OEML dashboard</h1>
      <ul>
        {routes
          .filter((route) => route.nav)
          .map((route) => (
            <li key={route.path}>
              <a href={'#' + route.path}>{route.nav}</a>
            </li>
          ))}
      </ul>
    </section>
  );
}
