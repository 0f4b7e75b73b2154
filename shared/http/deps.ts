import { Logger } from '@aws-lambda-powertools/logger';
import { Store } from '../store/index.js';
import type { LocalTokens, TokenVerifier } from './auth.js';
import type { Deps } from './types.js';

interface DepsOptions {
  tableName: string;
  endpoint?: string;
  verifier: TokenVerifier;
  localTokens?: LocalTokens;
  holdMinutes?: number;
  offerMinutes?: number;
  rateLimit?: number;
  clock?: () => Date;
  logger?: Logger;
  store?: Store;
}

/** Wires the store, logger and clock once per process (outside any handler). */
export function makeDeps(o: DepsOptions): Deps {
  const store = o.store ?? new Store({ tableName: o.tableName, endpoint: o.endpoint });
  return {
    store,
    verifier: o.verifier,
    localTokens: o.localTokens,
    holdMinutes: o.holdMinutes ?? 120,
    offerMinutes: o.offerMinutes ?? 60,
    clock: o.clock ?? (() => new Date()),
    logger: o.logger ?? new Logger({ serviceName: 'secure-beds' }),
    rateLimit: o.rateLimit,
  };
}
