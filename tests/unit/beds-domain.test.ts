import { describe, expect, it } from 'vitest';
import {
  assertMayRecordExternal,
  changeBedState,
  etagOf,
  hasLapsedHold,
  versionFromEtag,
} from '../../shared/domain/beds.js';
import {
  InvalidTransition,
  NoBedAvailable,
  PreconditionRequired,
  VersionMismatch,
} from '../../shared/domain/errors.js';
import { DEFAULT_POOL_RULES, poolRulesOf } from '../../shared/domain/pool.js';

const now = new Date('2026-11-25T06:00:00Z');
const bed = (over: Partial<Parameters<typeof changeBedState>[0]> = {}) => ({
  bedId: 'b1',
  state: 'available' as const,
  version: 3,
  contractedTo: null as 'MoJ' | null,
  ...over,
});

describe('ETags', () => {
  it('reads a strong tag, quoted or bare, and writes one back', () => {
    expect(versionFromEtag(etagOf(7))).toBe(7);
    expect(versionFromEtag('7')).toBe(7);
  });
  it('asks for If-Match when there is none, and never matches a weak or garbled tag', () => {
    expect(() => versionFromEtag(undefined)).toThrow(PreconditionRequired);
    expect(() => versionFromEtag('  ')).toThrow(PreconditionRequired);
    expect(() => versionFromEtag('W/"7"')).toThrow(VersionMismatch);
    expect(() => versionFromEtag('"seven"')).toThrow(VersionMismatch);
  });
});

describe('changing a bed by hand', () => {
  it('opens or closes a free or closed bed at the version seen, saying what happens to its free time', () => {
    expect(changeBedState(bed(), { version: 3, state: 'closed', reason: 'maintenance' })).toEqual({
      state: 'closed',
      reason: 'maintenance',
      version: 4,
      freeSince: 'end',
    });
    expect(changeBedState(bed({ state: 'closed' }), { version: 3, state: 'available' }).freeSince).toBe(
      'start',
    );
    expect(changeBedState(bed(), { version: 3, state: 'available' }).freeSince).toBe('keep');
  });
  it('refuses a version the caller did not see, and a held or occupied bed', () => {
    expect(() => changeBedState(bed(), { version: 2, state: 'closed' })).toThrow(VersionMismatch);
    for (const state of ['held', 'occupied'] as const)
      expect(() => changeBedState(bed({ state }), { version: 3, state: 'closed' })).toThrow(
        InvalidTransition,
      );
  });
});

describe('recording a child placed from outside the service', () => {
  const pooled = { eligibleStreams: ['welfare' as const], contractedTo: null };
  it('takes a free bed, or one whose hold has lapsed', () => {
    expect(() => assertMayRecordExternal(bed(), pooled, 'welfare', DEFAULT_POOL_RULES, now)).not.toThrow();
    const lapsed = bed({ state: 'held', heldUntil: '2026-11-25T05:00:00Z' });
    expect(hasLapsedHold(lapsed, now)).toBe(true);
    expect(() => assertMayRecordExternal(lapsed, pooled, 'welfare', DEFAULT_POOL_RULES, now)).not.toThrow();
  });
  it('refuses a closed bed as a transition, a live hold or an occupied bed as no bed', () => {
    expect(() =>
      assertMayRecordExternal(bed({ state: 'closed' }), pooled, 'welfare', DEFAULT_POOL_RULES, now),
    ).toThrow(InvalidTransition);
    const live = bed({ state: 'held', heldUntil: '2026-11-25T07:00:00Z' });
    expect(hasLapsedHold(live, now)).toBe(false);
    expect(() => assertMayRecordExternal(live, pooled, 'welfare', DEFAULT_POOL_RULES, now)).toThrow(
      NoBedAvailable,
    );
    expect(() =>
      assertMayRecordExternal(bed({ state: 'occupied' }), pooled, 'welfare', DEFAULT_POOL_RULES, now),
    ).toThrow(NoBedAvailable);
  });
  it('obeys the pool rule of the department the bed is contracted to', () => {
    const rules = poolRulesOf([{ department: 'MoJ', release: 'never' }]);
    const contracted = {
      eligibleStreams: ['welfare' as const, 'justice' as const],
      contractedTo: 'MoJ' as const,
    };
    expect(() =>
      assertMayRecordExternal(bed({ contractedTo: 'MoJ' }), contracted, 'welfare', rules, now),
    ).toThrow(NoBedAvailable);
  });
});
