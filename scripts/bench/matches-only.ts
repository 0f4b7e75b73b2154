import { syntheticRegister } from '../synthetic-register.js';
import { loadSynthetic } from './holds.js';
import { log, round } from './measure.js';
import { GROWTH } from './options.js';
import { growthRow, matchRequests, rebuildFacts } from './reads.js';
import { benchRegister, narrowRun } from './start.js';

narrowRun('bench-matches', async (app) => {
  const { caller, unitsAt1 } = await benchRegister(app);
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
  return { growth: rows };
});
