import type { Sensitivity } from './types';

export interface SensitivityBar {
  parameter: string;
  /** `Spearman ρ` or `η²` with its value, or the note saying why there is none. */
  statistic: string;
  /** ρ² or η², 0–1; null when not computed. */
  importance: number | null;
  /** Bar width, 0–100. */
  width: number;
  /** For a numeric parameter, which way a higher value moved the score. */
  direction: 'higher is better' | 'lower is better' | null;
  pValue: number | null;
  note: string | null;
}

/** The sensitivity bars, most important first as the API orders them; one scale (ρ² or η²) for every parameter. */
export function sensitivityBars(sensitivity: Sensitivity): SensitivityBar[] {
  return sensitivity.parameters.map((p) => {
    const symbol = p.statistic === 'spearman_rho' ? 'Spearman ρ' : 'η²';
    const direction =
      p.statistic !== 'spearman_rho' || p.value == null || p.value === 0
        ? null
        : p.value > 0
          ? 'higher is better'
          : 'lower is better';
    return {
      parameter: p.parameter,
      statistic: p.value == null ? symbol : `${symbol} ${p.value.toFixed(2)}`,
      importance: p.importance,
      width: p.importance == null ? 0 : Math.round(Math.min(Math.max(p.importance, 0), 1) * 100),
      direction,
      pValue: p.p_value,
      note: p.note,
    };
  });
}

/** A p-value as people read it: `p < 0.001` below that, else two significant digits. */
export function pValueText(p: number | null): string {
  if (p == null || !Number.isFinite(p)) return '–';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toPrecision(2)}`;
}
