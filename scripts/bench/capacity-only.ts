import { syntheticRegister } from '../synthetic-register.js';
import { loadSynthetic } from './holds.js';
import { log, round } from './measure.js';
import { GROWTH } from './options.js';
import { timeCapacity } from './reads.js';
import { benchRegister, narrowRun } from './start.js';

narrowRun('bench-capacity', async (app) => {
  const { caller, unitsAt1 } = await benchRegister(app);
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
