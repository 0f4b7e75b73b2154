import type { Store } from './index.js';

/**
 * Tidies holds that ran out: marks them expired and frees their beds and counters. Correctness
 * never waits for this (a lapsed hold's bed is claimable at once); it keeps the figures tidy
 * and tells both parties. Returns how many holds were expired.
 */
export async function sweepExpiredHolds(store: Store, now: Date, batch = 100): Promise<number> {
  let expired = 0;
  for (let round = 0; round < 50; round++) {
    const due = await store.holds.activeExpiringBefore(now.toISOString(), batch);
    if (due.length === 0) break;
    let progressed = 0;
    for (const hold of due) if (await store.holds.expire(hold, now)) progressed++;
    expired += progressed;
    if (progressed === 0 || due.length < batch) break;
  }
  return expired;
}
