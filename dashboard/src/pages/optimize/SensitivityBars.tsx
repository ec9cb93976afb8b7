import { number } from '../../lib/format';
import { pValueText, sensitivityBars } from './sensitivity';
import type { Sensitivity } from './types';

/** Which parameters went with the score, as bars of ρ² or η² (one scale), with the method named. */
export function SensitivityBars({ sensitivity }: { sensitivity: Sensitivity }) {
  const bars = sensitivityBars(sensitivity);
  return (
    <div data-sensitivity data-meaningful={String(sensitivity.meaningful)}>
      {!sensitivity.meaningful ? (
        <p>{sensitivity.note ?? `Needs ${sensitivity.minimum_trials} feasible trials, has ${sensitivity.trials}.`}</p>
      ) : (
        <ul class="optimize-bars">
          {bars.map((bar) => (
            <li key={bar.parameter}>
              <span class="optimize-bar-name">{bar.parameter}</span>
              <span class="optimize-bar-track" aria-hidden="true">
                <span class="optimize-bar" style={{ width: bar.width + '%' }} />
              </span>
              <span class="optimize-bar-text">
                {bar.importance == null
                  ? bar.note ?? 'not computed'
                  : `importance ${number(bar.importance, 2)} (${bar.statistic}, ${pValueText(bar.pValue)}${
                      bar.direction ? ', ' + bar.direction : ''
                    })`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">
        Method: {sensitivity.description} ({sensitivity.trials} feasible trials). It reads the trials as the strategy
        placed them: parameters it moved together share their credit.
      </p>
    </div>
  );
}
