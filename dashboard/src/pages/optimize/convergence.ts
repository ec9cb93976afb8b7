import type uPlot from 'uplot';

import type { ConvergencePoint } from './types';

/**
 * The convergence plot's columns, one x per finished trial (so the chart's data-points is the number of finished
 * trials): the trial's own score, split into feasible and infeasible (null where the other holds it), and the best
 * feasible score so far (null before the first feasible trial).
 */
export function convergenceData(points: ConvergencePoint[]): uPlot.AlignedData {
  const ordered = [...points].sort((a, b) => a.trial_number - b.trial_number);
  return [
    ordered.map((p) => p.trial_number),
    ordered.map((p) => (p.feasible ? p.score : null)),
    ordered.map((p) => (p.feasible ? null : p.score)),
    ordered.map((p) => p.best_score),
  ];
}

/** What a score means for a session's first objective, for the axis label (overall score: higher is better). */
export function scoreMeaning(objective: string): string {
  switch (objective) {
    case 'maximize_quality':
      return 'quality (0–1)';
    case 'balance_quality_speed':
      return 'balance of quality and speed (0–1)';
    case 'maximize_throughput':
      return 'tokens/s';
    case 'minimize_latency':
      return '− latency (ms)';
    case 'minimize_memory':
      return '− memory (GiB)';
    default:
      return '− told value';
  }
}
