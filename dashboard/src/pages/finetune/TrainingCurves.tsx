import { useMemo } from 'preact/hooks';

import { Chart } from '../../components/Chart';
import { number } from '../../lib/format';
import { curveOptions, trainingCurves } from './curves';
import type { Metrics } from './types';

/** Loss (and accuracy, when the trainer reports it) by step, training and validation, with the numbers beside. */
export function TrainingCurves({ metrics }: { metrics: Metrics }) {
  const curves = useMemo(() => trainingCurves(metrics.steps, metrics.epochs), [metrics]);
  const lossOptions = useMemo(() => curveOptions('loss'), []);
  const accuracyOptions = useMemo(() => curveOptions('accuracy'), []);

  if (curves.steps.length === 0) return <p>No training step measured yet.</p>;
  const [, trainLoss, valLoss] = curves.loss;
  const [, trainAccuracy, valAccuracy] = curves.accuracy;
  return (
    <>
      {curves.earlierAttempts.length > 0 && (
        <p class="hint">
          Run {curves.attempt} is drawn; the job was resumed, and the figures of run
          {curves.earlierAttempts.length > 1 ? 's' : ''} {curves.earlierAttempts.join(', ')} are not.
        </p>
      )}
      <h3 id="loss-title">Loss</h3>
      <Chart
        id="loss"
        label={`Training loss at ${curves.steps.length} steps, validation loss at the end of each epoch`}
        options={lossOptions}
        data={curves.loss}
      />
      {curves.hasAccuracy && (
        <>
          <h3>Accuracy</h3>
          <Chart
            id="accuracy"
            label={`Training accuracy at ${curves.steps.length} steps, validation accuracy at the end of each epoch`}
            options={accuracyOptions}
            data={curves.accuracy}
          />
        </>
      )}
      <details>
        <summary>The figures plotted</summary>
        <table class="figures">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Training loss</th>
              <th scope="col">Validation loss</th>
              {curves.hasAccuracy && <th scope="col">Training accuracy</th>}
              {curves.hasAccuracy && <th scope="col">Validation accuracy</th>}
            </tr>
          </thead>
          <tbody>
            {curves.steps.map((step, i) => (
              <tr key={step}>
                <td>{step}</td>
                <td>{number(trainLoss[i], 4)}</td>
                <td>{number(valLoss[i], 4)}</td>
                {curves.hasAccuracy && <td>{number(trainAccuracy[i], 4)}</td>}
                {curves.hasAccuracy && <td>{number(valAccuracy[i], 4)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
