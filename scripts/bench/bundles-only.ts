/**
 * `npx tsx scripts/bench/bundles-only.ts`: only the bench's first stage (scripts/bench/bundles.ts):
 * every Lambda built as the stack builds it, its size and what it is made of, and cold starts in a
 * fresh node (BENCH_COLD_RUNS each, round-robin over both formats). No DynamoDB, no load: a narrow
 * run for a shared machine. Prints one JSON object on stdout; the full bench remains the measure
 * of record.
 */
import { loadavg } from 'node:os';
import { bundles, coldStarts } from './bundles.js';
import { round } from './measure.js';

async function main() {
  const load = loadavg().map((n) => round(n, 2));
  const { sizes, biggest, layer } = await bundles();
  const cold = coldStarts();
  const out = {
    node: process.version,
    load_average_at_start: load,
    load_average_at_end: loadavg().map((n) => round(n, 2)),
    bundle_kb: sizes,
    bundle_biggest_parts_kb: biggest,
    powertools_layer_kb: layer,
    cold_start_runs: cold.runs,
    cold_start_best_ms: cold.cjs.best,
    cold_start_median_ms: cold.cjs.ms,
    cold_start_cpu_ms: cold.cjs.cpu,
    cold_start_esm_best_ms: cold.esm.best,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
