import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchFacts } from '../../shared/domain/matching.js';
import type { Store } from '../../shared/store/index.js';
import { key } from '../../shared/store/keys.js';
import {
  bumpRegisterEpoch,
  MATCH_FACTS_MAX_AGE_MS,
  MatchFactsCache,
} from '../../shared/store/match-facts.js';
import { seedUnits } from '../../shared/store/seed.js';
import { FIXTURE_UNITS, testStore } from '../support/app.js';

/**
 * A process's copy of the units' matching facts (decision 0009): rebuilt at once when the
 * register's epoch moves, and, as a backstop for a writer that forgot to move it, at least every
 * MATCH_FACTS_MAX_AGE_MS, without making the call that finds the copy that old wait for the read
 * of every counter's facts.
 */

let store: Store;
beforeAll(async () => {
  store = await testStore();
  await seedUnits(store.db, FIXTURE_UNITS, { now: new Date(), profile: 'free' });
});

/** A change to a unit's facts written straight to its counter, moving no epoch. */
const setMinAge = (unitId: string, min: number) =>
  store.db.update({
    Key: key.unitCounter(unitId),
    UpdateExpression: 'SET ageRange.#min = :min',
    ExpressionAttributeNames: { '#min': 'min' },
    ExpressionAttributeValues: { ':min': min },
  });
const minAgeOf = (units: MatchFacts[], unitId: string) =>
  units.find((u) => u.unitId === unitId)?.ageRange.min;

describe('the matching facts copy', () => {
  it('rebuilds in the background once it is older than its backstop, answering meanwhile from the copy', async () => {
    let now = 1_000_000;
    const facts = new MatchFactsCache(store.db, () => now);
    const unitId = FIXTURE_UNITS[0]?.id as string;
    const before = minAgeOf(await facts.units(), unitId);
    expect(before).toBeDefined();
    await setMinAge(unitId, 15);
    // The epoch has not moved: the copy is current as far as this process can tell.
    expect(minAgeOf(await facts.units(), unitId)).toBe(before);
    now += MATCH_FACTS_MAX_AGE_MS;
    // Past the backstop: this call still answers from the copy it has ...
    expect(minAgeOf(await facts.units(), unitId)).toBe(before);
    // ... and a rebuild beside it brings the change in for the calls after.
    await expect.poll(async () => minAgeOf(await facts.units(), unitId), { timeout: 30_000 }).toBe(15);
  });

  it('rebuilds before answering when the epoch moves', async () => {
    const facts = new MatchFactsCache(store.db);
    const unitId = FIXTURE_UNITS[1]?.id as string;
    await facts.units();
    await setMinAge(unitId, 16);
    await bumpRegisterEpoch(store.db);
    expect(minAgeOf(await facts.units(), unitId)).toBe(16);
  });
});
