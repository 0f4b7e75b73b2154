import { Logger } from '@aws-lambda-powertools/logger';
import { Store } from '../shared/store/index.js';
import { sweepRequestRhythm } from '../shared/store/request-rhythm.js';
import { sweepExpiredHolds } from '../shared/store/sweep.js';

const logger = new Logger({ serviceName: 'secure-beds-sweeper' });
const store = new Store({ tableName: process.env.TABLE_NAME ?? 'secure-beds' });

/**
 * Scheduled every minute: tidies lapsed holds, and sends requests' refresh reminders and lapse
 * notices (nothing depends on it for correctness: statuses are read by the clock).
 */
export const handler = async (): Promise<{ expired: number; reminded: number; lapsed: number }> => {
  const now = new Date();
  const expired = await sweepExpiredHolds(store, now);
  const { reminded, lapsed } = await sweepRequestRhythm(store, now);
  logger.info('sweep', { expired, reminded, lapsed });
  return { expired, reminded, lapsed };
};
