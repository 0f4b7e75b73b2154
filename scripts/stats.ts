/** Nearest-rank percentile of a sample (ms): always one of the values, so it needs no interpolation rule. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export const median = (sample: readonly number[]) => percentile(sample, 50);
