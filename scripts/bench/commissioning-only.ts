/**
 * `npx tsx scripts/bench/commissioning-only.ts`: GET /v1/usage and GET /v1/demand for a year and
 * for a month ending on the same day, after a first call has kept their closed days (decisions
 * 0013, 0015), timed one call at a time through the same router and caller as `npm run bench`.
 * The real register, seeded `typical` (its occupied beds are placements spread over the last 90
 * days). A narrow run for a shared machine: only the ratio of a year to a month in the same run
 * means much. Prints one JSON object on stdout.
 */
import { HOUR_MS } from '../../shared/domain/time.js';
import { call, makeCaller } from './caller.js';
import { log, median, percentile, round } from './measure.js';
import { narrowRun } from './start.js';

const CALLS = Number(process.env.BENCH_COMMISSIONING_CALLS ?? 30);

// Seeding moves usage's epoch, and no night is kept within an hour of a move: the calls run two
// hours on, as a commissioner's would in the steady state.
let offset = 0;
narrowRun(
  'bench-commissioning',
  async (app) => {
    offset = 2 * HOUR_MS;
    const caller = makeCaller(app);
    const token = await caller.token('commissioner', 'DfE');
    const today = new Date(Date.now() + offset);
    const day = (back: number) => new Date(today.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    const periods = { month: { from: day(29), to: day(0) }, year: { from: day(364), to: day(0) } };
    const out: Record<string, unknown> = {};
    for (const path of ['/v1/usage', '/v1/demand']) {
      // Keep the closed days first (a year takes a few calls: each keeps at most 99 or 16).
      for (let i = 0; i < 30; i++) await call(caller, 'GET', path, token, undefined, {}, periods.year);
      for (const [name, q] of Object.entries(periods)) {
        const ms: number[] = [];
        for (let i = 0; i < CALLS + 5; i++) {
          const a = await call(caller, 'GET', path, token, undefined, {}, q);
          if (a.status !== 200) throw new Error(`${path} answered ${a.status}: ${JSON.stringify(a.body)}`);
          if (i < 5) continue;
          ms.push(a.ms);
        }
        out[`${path.slice(4)}_${name}`] = {
          p50_ms: round(median(ms)),
          p95_ms: round(percentile(ms, 95)),
        };
      }
      const y = out[`${path.slice(4)}_year`] as { p50_ms: number };
      const m = out[`${path.slice(4)}_month`] as { p50_ms: number };
      out[`${path.slice(4)}_year_to_month_p50`] = round(y.p50_ms / m.p50_ms, 2);
      log(`${path}: ${JSON.stringify(out)}`);
    }
    return out;
  },
  { clock: () => new Date(Date.now() + offset), indent: 2 },
);
