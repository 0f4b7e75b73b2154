/**
 * `npx tsx scripts/bench/capacity-only.ts`: only GET /v1/capacity, at 1× the bench register and at
 * each BENCH_GROWTH multiple, the same calls and timing as `npm run bench` (scripts/bench/reads.ts),
 * without the bundles, cold starts, holds or matches: a narrow run for a shared machine. Prints
 * one JSON object on stdout. The full bench remains the measure of record.
 */
import { REGISTER_UNITS } from '../../shared/data/register.js';
import { syntheticRegister } from '../synthetic-register.js';
import { makeCaller } from './caller.js';
import { loadSynthetic } from './holds.js';
import { instrument, log, round } from './measure.js';
import { GROWTH } from './options.js';
import { timeCapacity } from './reads.js';
import { narrowRun } from './start.js';

narrowRun('bench-capacity', async (app) => {
  instrument(app.store);
  const caller = makeCaller(app);
  const synthetic = syntheticRegister();
  await loadSynthetic(app.store, synthetic);
  const unitsAt1 = REGISTER_UNITS.length + synthetic.length;
  const rows = [{ register: '1x', units: unitsAt1, ...(await timeCapacity(caller, 100)) }];
  log(`capacity 1x: ${JSON.stringify(rows[0])}`);
  let units = unitsAt1;
  for (const times of GROWTH.filter((t) => t > 1)) {
    const loaded = await loadSynthetic(
      app.store,
      syntheticRegister({ units: times * unitsAt1 - units, tag: `x${times}`, seed: times }),
    );
    units = times * unitsAt1;
    const row = {
      register: `${times}x`,
      units,
      loaded_s: round(loaded),
      ...(await timeCapacity(caller, 30)),
    };
    rows.push(row);
    log(`capacity ${times}x: ${JSON.stringify(row)}`);
  }
  return { capacity: rows };
});
