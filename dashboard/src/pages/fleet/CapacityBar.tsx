import { useId } from 'preact/hooks';

import { type Usage, usageText } from './capacity';

/** One memory pool as a meter (used of total) with the figures in words beside it. */
export function CapacityBar({ label, usage }: { label: string; usage: Usage | null }) {
  const id = useId();
  return (
    <div class="capacity">
      {usage ? (
        <>
          <label for={id}>{label}</label>
          <meter id={id} min={0} max={usage.total} value={usage.used} high={usage.total * 0.9} optimum={0} />
          <span class="capacity-figures">{usageText(usage)}</span>
        </>
      ) : (
        <>
          <span>{label}</span>
          <span class="hint">not reported</span>
        </>
      )}
    </div>
  );
}
