import { loadavg } from 'node:os';
import { REGISTER_UNITS } from '../../shared/data/register.js';
import { type App, startApp } from '../app.js';
import { startDynamoLocal } from '../dynamo-local.js';
import { syntheticRegister } from '../synthetic-register.js';
import { makeCaller } from './caller.js';
import { loadSynthetic } from './holds.js';
import { cpuMeter, instrument, round, useCpuMeter } from './measure.js';

/** DynamoDB Local for a bench run, its JVM's CPU measured beside ours. */
export async function benchDynamo() {
  const dynamo = await startDynamoLocal();
  useCpuMeter(cpuMeter(dynamo.port));
  return dynamo;
}

/**
 * The app over a fresh table holding the real register at typical occupancy, quiet, and with the
 * sweeper out of the way so that it does not run during a measurement.
 */
export function benchApp(endpoint: string, tableName: string, clock?: () => Date) {
  return startApp({
    ...(clock ? { clock } : {}),
    endpoint,
    tableName,
    seed: REGISTER_UNITS,
    seedProfile: 'typical',
    port: 0,
    logLevel: 'SILENT',
    sweepEverySeconds: 3600,
    // DynamoDB Local's first read of a 16x register's matching facts (16,640 units) outlasts the
    // deployed 2 s attempt; the bench measures steady state, so its store waits longer unless the
    // STORE_* environment says otherwise.
    storeTimeouts: {
      attemptMs: Number(process.env.STORE_ATTEMPT_TIMEOUT_MS ?? 15_000),
      budgetMs: Number(process.env.STORE_TIMEOUT_MS ?? 30_000),
    },
  });
}

/**
 * A narrow run for a shared machine (`capacity-only.ts`, `commissioning-only.ts`): DynamoDB Local
 * and the app over `tableName`, `measure` on it, then one JSON object on stdout with the load
 * average at both ends, the app and DynamoDB Local stopped whatever happened, exit 1 on failure.
 */
export function narrowRun(
  tableName: string,
  measure: (app: App) => Promise<Record<string, unknown>>,
  o: { clock?: () => Date; indent?: number } = {},
): void {
  const run = async () => {
    const load = loadavg().map((n) => round(n, 2));
    const dynamo = await benchDynamo();
    const app = await benchApp(dynamo.endpoint, tableName, o.clock);
    try {
      const figures = await measure(app);
      console.log(
        JSON.stringify(
          { load_average_at_start: load, load_average_at_end: loadavg().map((n) => round(n, 2)), ...figures },
          null,
          o.indent,
        ),
      );
    } finally {
      await app.stop();
      await dynamo.stop();
    }
  };
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

/** The bench register on a narrow run's app: its store instrumented, the synthetic units loaded, a caller. */
export async function benchRegister(app: App) {
  instrument(app.store);
  const caller = makeCaller(app);
  const synthetic = syntheticRegister();
  await loadSynthetic(app.store, synthetic);
  return { caller, synthetic, unitsAt1: REGISTER_UNITS.length + synthetic.length };
}
