/**
 * `npx tsx scripts/bench/matches-only.ts`: only the growth table's rows (matches, then capacity)
 * at 1× the bench register and at each BENCH_GROWTH multiple, with the same calls, warm-up and
 * facts rebuild as `npm run bench` (scripts/bench/reads.ts), without the bundles, cold starts or
 * holds: a narrow run for a shared machine. Prints one JSON object on stdout. The full bench
 * remains the measure of record.
 */
import { loadavg } from 'node:os';
import { REGISTER_UNITS } from '../../shared/data/register.js';
import { syntheticRegister } from '../synthetic-register.js';
import { makeCaller } from './caller.js';
import { loadSynthetic } from './holds.js';
import { instrument, log, round } from './measure.js';
import { GROWTH } from './options.js';
import { growthRow, matchRequests, rebuildFacts } from './reads.js';
import { benchApp, benchDynamo } from './start.js';

async function main() {
  const load = loadavg().map((n) => round(n, 2));
  const dynamo = await benchDynamo();
  const app = await benchApp(dynamo.endpoint, 'bench-matches');
  try {
    instrument(app.store);
    const caller = makeCaller(app);
    const synthetic = syntheticRegister();
    await loadSynthetic(app.store, synthetic);
    const unitsAt1 = REGISTER_UNITS.length + synthetic.length;
    const requests = await matchRequests(caller, 30);
    const rows = [];
    let units = unitsAt1;
    for (const times of GROWTH) {
      let loaded = 0;
      if (times * unitsAt1 > units) {
        loaded = await loadSynthetic(
          app.store,
          syntheticRegister({ units: times * unitsAt1 - units, tag: `x${times}`, seed: times }),
        );
        units = times * unitsAt1;
      }
      const row = {
        ...(await growthRow(`${times}x`, units, caller, requests, await rebuildFacts(app.store))),
        loaded_s: round(loaded),
      };
      rows.push(row);
      log(`growth ${times}x: ${JSON.stringify(row)}`);
    }
    console.log(
      JSON.stringify({ load_average_at_start: load, load_average_at_end: loadavg(), growth: rows }),
    );
  } finally {
    await app.stop();
    await dynamo.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
