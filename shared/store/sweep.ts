import { authorityNoticeDue } from '../domain/legal-authority.js';
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

/**
 * Tells the placing LA and the coordinators, once each, when a placement's legal authority is
 * ending soon and when it has lapsed. A marker on the placement (which authority end was
 * announced) makes each announcement happen once however often or concurrently this runs; a new
 * order moves the end, so its own ending is announced afresh. Returns how many were announced.
 */
export async function sweepLegalAuthority(store: Store, now: Date): Promise<number> {
  let announced = 0;
  for (const p of await store.placements.active()) {
    const notice = authorityNoticeDue(p, now);
    if (notice && (await store.placements.announceAuthority(p, notice.state, notice.endsAt, now)))
      announced++;
  }
  return announced;
}
