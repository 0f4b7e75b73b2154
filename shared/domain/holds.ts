import type { HoldStatus } from '../contract/enums.js';

/**
 * The status a reader sees: an active hold past its expiry is `expired` at once, whether or
 * not the sweeper has tidied it (DynamoDB TTL can lag by days; the truth is the clock).
 */
export function effectiveHoldStatus(stored: HoldStatus, expiresAt: string, now: Date): HoldStatus {
  if (stored === 'active' && Date.parse(expiresAt) <= now.getTime()) return 'expired';
  return stored;
}

/** Counts the live holds in a unit-stream's hold map, given each hold's expiry. */
export function lapsedHolds(holds: Record<string, string> | undefined, now: Date): number {
  if (!holds) return 0;
  const t = now.getTime();
  return Object.values(holds).filter((expiresAt) => Date.parse(expiresAt) <= t).length;
}
