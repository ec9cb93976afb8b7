import { useState } from 'preact/hooks';

import { postForm } from '../../api/client';
import { ErrorMessage } from '../../components/Status';
import { derivedModelName } from './modelfile';

interface Applied {
  message: string;
}

/** POST /apply/{id}: creates a model from the session's model with the best parameters, on the best trial's host. */
export function ApplyForm({ sessionId, model, hostId }: { sessionId: string; model: string; hostId: string | null }) {
  const [name, setName] = useState(() => derivedModelName(model, sessionId));
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <form
      data-apply
      aria-label="Create a model with the best parameters"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        setDone(null);
        postForm<Applied>(
          `/api/ai/ollama/optimization/apply/${encodeURIComponent(sessionId)}`,
          new URLSearchParams({ model_name: name.trim() }),
        )
          .then((answer) => setDone(answer.message))
          .catch((failure: Error) => setError(failure))
          .finally(() => setBusy(false));
      }}
    >
      <label for="opt-derived-name">Or create it on {hostId ?? 'the best trial’s host'} as</label>
      <div class="optimize-toolbar">
        <input
          id="opt-derived-name"
          name="model_name"
          required
          value={name}
          onInput={(event) => setName((event.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy || !name.trim()}>
          Create model
        </button>
        <span role="status" aria-live="polite">
          {done}
        </span>
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}
