import { Logger } from '@aws-lambda-powertools/logger';
import { Store } from '../shared/store/index.js';
import { sweepExpiredHolds, sweepLegalAuthority } from '../shared/store/sweep.js';

const logger = new Logger({ serviceName: 'secure-beds-sweeper' });
const store = new Store({ tableName: process.env.TABLE_NAME ?? 'secure-beds' });

/**
 * Scheduled every minute: tidies lapsed holds (nothing depends on it for correctness) and
 * announces legal authority ending soon or lapsed (the status itself is computed at read time).
 */
export const handler = async (): Promise<{ expired: number; authorityNotices: number }> => {
  const now = new Date();
  const expired = await sweepExpiredHolds(store, now);
  const authorityNotices = await sweepLegalAuthority(store, now);
  logger.info('sweep', { expired, authorityNotices });
  return { expired, authorityNotices };
};
