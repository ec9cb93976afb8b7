import type uPlot from 'uplot';

import { bytes } from '../../lib/format';
import type { TrialFigures, TradeOffPoint } from './types';

const MIB = 1024 * 1024;

/**
 * Whether trial a is at least as good as b on quality (higher), latency and memory (lower) and better on one. Memory
 * counts only when both trials have it.
 */
function dominates(a: TradeOffPoint, b: TradeOffPoint): boolean {
  const fa = a.figures;
  const fb = b.figures;
  const pairs: [number, number][] = [
    [-fa.quality, -fb.quality],
    [fa.mean_latency_ms, fb.mean_latency_ms],
  ];
  if (fa.memory_bytes != null && fb.memory_bytes != null) pairs.push([fa.memory_bytes, fb.memory_bytes]);
  return pairs.every(([x, y]) => x <= y) && pairs.some(([x, y]) => x < y);
}

/**
 * The trial numbers no other feasible trial beats on quality, latency and memory at once: the trade-off front the
 * scatter highlights (a session with several objectives also has its own front over those objectives).
 */
export function tradeOffFront(points: TradeOffPoint[]): Set<number> {
  const feasible = points.filter((p) => p.feasible);
  return new Set(feasible.filter((p) => !feasible.some((q) => q !== p && dominates(q, p))).map((p) => p.trial_number));
}

/**
 * Quality against mean latency, x ascending (uPlot wants sorted x): series front, other feasible, infeasible, each
 * null where a trial belongs to another series.
 */
export function latencyScatter(points: TradeOffPoint[], front: Set<number>): uPlot.AlignedData {
  const ordered = [...points].sort((a, b) => a.figures.mean_latency_ms - b.figures.mean_latency_ms);
  const where = (test: (p: TradeOffPoint) => boolean) => ordered.map((p) => (test(p) ? p.figures.quality : null));
  return [
    ordered.map((p) => p.figures.mean_latency_ms),
    where((p) => front.has(p.trial_number)),
    where((p) => p.feasible && !front.has(p.trial_number)),
    where((p) => !p.feasible),
  ];
}

/**
 * Quality against memory in MiB for the trials that have a memory figure, x ascending: measured and estimated in
 * separate series, so an estimate is never drawn as a measurement.
 */
export function memoryScatter(points: TradeOffPoint[]): uPlot.AlignedData {
  const ordered = points
    .filter((p) => p.figures.memory_bytes != null)
    .sort((a, b) => a.figures.memory_bytes! - b.figures.memory_bytes!);
  const where = (source: string) => ordered.map((p) => (p.figures.memory_source === source ? p.figures.quality : null));
  return [ordered.map((p) => p.figures.memory_bytes! / MIB), where('measured'), where('estimated')];
}

/** Memory with where it came from, so an estimate is never read as a measurement: `137.1 MiB (measured)`. */
export function memoryText(figures: TrialFigures): string {
  if (figures.memory_bytes == null) return '–';
  return `${bytes(figures.memory_bytes)} (${figures.memory_source ?? 'source unknown'})`;
}
