import { REGISTER_UNITS } from '../../shared/data/register.js';
import { startApp } from '../app.js';
import { startDynamoLocal } from '../dynamo-local.js';
import { cpuMeter, useCpuMeter } from './measure.js';

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
  });
}
