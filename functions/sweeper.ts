import { Logger } from '@aws-lambda-powertools/logger';
import { Store } from '../shared/store/index.js';
import { sweepExpiredHolds } from '../shared/store/sweep.js';

const logger = new Logger({ serviceName: 'secure-beds-sweeper' });
const store = new Store({ tableName: process.env.TABLE_NAME ?? 'secure-beds' });

/** Scheduled every minute: tidies lapsed holds (nothing depends on it for correctness). */
export const handler = async (): Promise<{ expired: number }> => {
  const expired = await sweepExpiredHolds(store, new Date());
  logger.info('sweep', { expired });
  return { expired };
};
