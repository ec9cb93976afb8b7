import { useState } from 'preact/hooks';

import { ApiError } from '../../api/client';
import type { Loaded } from '../../api/useApi';
import { ErrorMessage, Loading } from '../../components/Status';
import { number } from '../../lib/format';
import { ApplyForm } from './ApplyForm';
import { modelfileText } from './modelfile';
import type { BestParameters } from './types';

/** Copies text, falling back to selecting it where the Clipboard API is not allowed (plain http off localhost). */
async function copy(text: string, fallback: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    const range = document.createRange();
    range.selectNodeContents(fallback);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  }
}

/** The best trial's parameters as a Modelfile block with a copy button (or, external session, as the JSON told). */
export function BestParametersBlock({
  loaded,
  model,
  hostId,
}: {
  loaded: Loaded<BestParameters>;
  model: string | null;
  hostId: string | null;
}) {
  const [withSeed, setWithSeed] = useState(true);
  const [copied, setCopied] = useState<string | null>(null);
  const [pre, setPre] = useState<HTMLPreElement | null>(null);

  // a 409 before the first feasible trial is a state, not a failure
  if (loaded.error instanceof ApiError && loaded.error.code === 'NO_RESULT_YET') return <p>No feasible trial yet.</p>;
  if (loaded.error && !loaded.data) return <ErrorMessage error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  const best = loaded.data;
  const heading = `Trial ${best.trial_number}, overall score ${number(best.overall_score, 4)}`;

  if (best.modelfile == null) {
    return (
      <div>
        <p>{heading}. An external session's parameters are its own, not Ollama options:</p>
        <pre class="optimize-code">{JSON.stringify(best.best_parameters, null, 2)}</pre>
      </div>
    );
  }
  const text = modelfileText(best.modelfile, best.ollama_seed, withSeed);
  return (
    <div>
      <p>{heading}.</p>
      <pre class="optimize-code" data-modelfile ref={setPre}>
        {text}
      </pre>
      <div class="optimize-toolbar">
        <button
          type="button"
          data-copy-modelfile
          onClick={() =>
            copy(text, pre).then((ok) => setCopied(ok ? 'Modelfile copied.' : 'Copying was refused; select the block instead.'))
          }
        >
          Copy Modelfile
        </button>
        {best.ollama_seed != null && (
          <label>
            <input type="checkbox" checked={withSeed} onChange={() => setWithSeed(!withSeed)} /> with the session's
            sampling seed ({best.ollama_seed}), as every trial sent it
          </label>
        )}
        <span role="status" aria-live="polite">
          {copied}
        </span>
      </div>
      <p class="hint">
        Save it as <code>Modelfile</code> and run <code>ollama create &lt;name&gt; -f Modelfile</code>.
      </p>
      {model && <ApplyForm sessionId={best.session_id} model={model} hostId={hostId} />}
      {best.modelfile_skipped && best.modelfile_skipped.length > 0 && (
        <>
          <p>Not in the Modelfile:</p>
          <ul>
            {best.modelfile_skipped.map((s) => (
              <li key={s.name}>
                <code>
                  {s.name} {JSON.stringify(s.value)}
                </code>
                : {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
