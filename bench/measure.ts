import { performance } from 'node:perf_hooks';

export interface Measurement {
  /** Median wall time of one call, ms. */
  median: number;
  p95: number;
  samples: number;
}

/**
 * Times `fn` after a warm-up (so the JIT has settled), in batches long enough for the
 * timer's resolution, and reports the median and 95th percentile of one call.
 */
export function measure(fn: () => unknown, { batches = 60, minBatchMs = 5 } = {}): Measurement {
  for (let i = 0; i < 50; i++) fn();
  let perBatch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    if (performance.now() - start >= minBatchMs) break;
    perBatch *= 2;
  }
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    times.push((performance.now() - start) / perBatch);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), samples: batches * perBatch };
}

export const round = (n: number, digits = 4) => Number(n.toFixed(digits));
