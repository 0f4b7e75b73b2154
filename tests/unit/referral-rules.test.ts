/** The referral commands' rules and the commissioning period, with the clock passed in. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReferralStatus, RequestStatus, Sex, Stream } from '../../shared/contract/enums.js';
import {
  HoldExists,
  InvalidTransition,
  NoBedAvailable,
  ValidationFailed,
} from '../../shared/domain/errors.js';
import { commissioningPeriod, MAX_PERIOD_DAYS } from '../../shared/domain/period.js';
import {
  assertLiveOffer,
  assertOpenForOffer,
  assertReferable,
  explainAnswerRefusal,
  explainOfferRefusal,
  referRound,
  roundRefusedForChange,
} from '../../shared/domain/referral-rules.js';

const now = new Date('2026-11-25T09:00:00.000Z');
const iso = (ms: number) => new Date(now.getTime() + ms).toISOString();
const DAY = 86_400_000;

/** Illustrative: no real child or unit. */
const request = {
  status: 'open' as RequestStatus,
  refreshDueAt: iso(DAY),
  createdAt: iso(-DAY),
  stream: 'welfare' as Stream,
  ageYears: 14,
  sex: 'female' as Sex,
};
const unit = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Unit ${id}`,
  status: 'open' as const,
  streams: ['welfare', 'justice'] as Stream[],
  ageRange: { min: 10, max: 17 },
  sexes: ['female', 'male'] as Sex[],
  ...extra,
});
const refused = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error as InvalidTransition | NoBedAvailable;
  }
  throw new Error('not refused');
};

describe('a referral round', () => {
  it('is made for an open request to units that take the child', () => {
    expect(() => referRound({ request, units: [unit('a'), unit('b')], referrals: [], now })).not.toThrow();
  });

  it('refuses a lapsed request at the very instant its refresh falls due, and a placed one', () => {
    const lapsed = refused(() => assertReferable({ ...request, refreshDueAt: iso(0) }, now));
    expect(lapsed).toBeInstanceOf(InvalidTransition);
    expect(lapsed.message).toBe('The request has lapsed: confirm it is still needed first');
    expect(() => assertReferable({ ...request, refreshDueAt: iso(1) }, now)).not.toThrow();
    expect(refused(() => assertReferable({ ...request, status: 'placed' }, now)).message).toBe(
      'The request is placed',
    );
  });

  it('names each unit that is not open or does not take the child: 409 no_bed_available', () => {
    const units = [
      unit('a'),
      unit('b', { status: 'paused' }),
      unit('c', { streams: ['justice'] }),
      unit('d', { ageRange: { min: 15, max: 17 } }),
      unit('e', { sexes: ['male'] }),
    ];
    const e = refused(() => referRound({ request, units, referrals: [], now }));
    expect(e).toBeInstanceOf(NoBedAvailable);
    expect(e.errors).toEqual([
      { field: 'body.unitIds.1', message: 'Unit b is paused: it takes no new referrals' },
      { field: 'body.unitIds.2', message: 'Unit c does not take children in the welfare stream' },
      { field: 'body.unitIds.3', message: 'Unit d takes children aged 15 to 17 only' },
      { field: 'body.unitIds.4', message: 'Unit e does not take female children' },
    ]);
  });

  it('takes a child at either end of the unit’s age range', () => {
    for (const ageYears of [10, 17])
      expect(() =>
        referRound({ request: { ...request, ageYears }, units: [unit('a')], referrals: [], now }),
      ).not.toThrow();
  });

  it('refuses a unit with a live referral (pending, or offered until its expiry), not one whose referral ended', () => {
    const made = (status: ReferralStatus, offerExpiresAt?: string) => [
      { id: 'ref_1', unitId: 'a', status, ...(offerExpiresAt ? { offerExpiresAt } : {}) },
    ];
    const twice = (referrals: ReturnType<typeof made>) => () =>
      referRound({ request, units: [unit('b'), unit('a')], referrals, now });
    const e = refused(twice(made('pending')));
    expect(e).toBeInstanceOf(InvalidTransition);
    expect(e.errors).toEqual([
      { field: 'body.unitIds.1', message: 'Unit a already has this request’s referral ref_1 (pending)' },
    ]);
    expect(refused(twice(made('offered', iso(1)))).errors?.[0]?.message).toMatch(/\(offered\)$/);
    expect(twice(made('offered', iso(0)))).not.toThrow(); // the offer lapsed at this instant
    for (const ended of ['declined', 'withdrawn', 'accepted'] as const)
      expect(twice(made(ended))).not.toThrow();
  });
});

describe('a refused round', () => {
  const refs = (n: number) => new Set(Array.from({ length: n }, (_, i) => `ref_${i}`));
  it('is read again when only the referrals moved (the request still open and not lapsed)', () => {
    expect(
      roundRefusedForChange({ status: 'open', refreshDueAt: iso(1), referralIds: refs(2) }, 1, now),
    ).toBe(true);
    expect(roundRefusedForChange({ status: 'open', refreshDueAt: iso(1) }, 1, now)).toBe(true);
  });
  it('is final when the request refused it: lapsed at its refresh time, not open, or as it was read', () => {
    expect(
      roundRefusedForChange({ status: 'open', refreshDueAt: iso(0), referralIds: refs(2) }, 1, now),
    ).toBe(false);
    expect(
      roundRefusedForChange({ status: 'placed', refreshDueAt: iso(1), referralIds: refs(2) }, 1, now),
    ).toBe(false);
    expect(
      roundRefusedForChange({ status: 'open', refreshDueAt: iso(1), referralIds: refs(1) }, 1, now),
    ).toBe(false);
  });
});

describe('accepting an offer', () => {
  it('needs a live offer: offered and before its expiry', () => {
    expect(() => assertLiveOffer({ status: 'offered', offerExpiresAt: iso(1) }, now)).not.toThrow();
    expect(refused(() => assertLiveOffer({ status: 'offered', offerExpiresAt: iso(0) }, now)).message).toBe(
      'The referral is expired: only a live offer can be accepted',
    );
    expect(refused(() => assertLiveOffer({ status: 'pending' }, now)).message).toMatch(
      /^The referral is pending/,
    );
    expect(refused(() => assertLiveOffer(undefined, now)).message).toMatch(/^The referral is gone/);
  });

  it('needs the request open as stored (a lapsed request’s child still needs the bed)', () => {
    expect(() => assertOpenForOffer({ status: 'open' })).not.toThrow();
    expect(() => assertOpenForOffer({ status: 'withdrawn' })).toThrow(InvalidTransition);
  });

  it('explains a refused write: not open, a live hold (until its expiry), or only its referrals moved', () => {
    expect(() => explainOfferRefusal({ status: 'placed' }, now)).toThrow(InvalidTransition);
    expect(() => explainOfferRefusal({ status: 'open', holdUntil: iso(1) }, now)).toThrow(HoldExists);
    expect(() => explainOfferRefusal({ status: 'open', holdUntil: iso(0) }, now)).not.toThrow();
    expect(() => explainOfferRefusal({ status: 'open' }, now)).not.toThrow();
  });

  it('an answer refused explains itself from the referral as it now is', () => {
    expect(explainAnswerRefusal({ status: 'offered', offerExpiresAt: iso(0) }, now).message).toBe(
      'The referral is expired: it can no longer be changed this way',
    );
    expect(explainAnswerRefusal(undefined, now)).toBeInstanceOf(InvalidTransition);
  });
});

describe('the commissioning period', () => {
  it('defaults to the 30 days up to today, or up to `to`', () => {
    expect(commissioningPeriod({}, now)).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(commissioningPeriod({ to: '2026-03-01' }, now)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });

  it('takes one day, and up to 366 days both ends included, and no more', () => {
    expect(commissioningPeriod({ from: '2026-11-25', to: '2026-11-25' }, now)).toEqual({
      from: '2026-11-25',
      to: '2026-11-25',
    });
    expect(() => commissioningPeriod({ from: '2024-01-01', to: '2024-12-31' }, now)).not.toThrow(); // leap year
    expect(() => commissioningPeriod({ from: '2024-01-01', to: '2025-01-01' }, now)).toThrow(
      ValidationFailed,
    );
  });

  it('refuses `from` after `to`', () => {
    expect(() => commissioningPeriod({ from: '2026-11-26', to: '2026-11-25' }, now)).toThrow(
      ValidationFailed,
    );
  });

  it('accepts exactly the periods of 1 to MAX_PERIOD_DAYS days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 800 }), (start, days) => {
        const from = new Date(Date.UTC(2020, 0, 1) + start * DAY).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2020, 0, 1) + (start + days - 1) * DAY).toISOString().slice(0, 10);
        const ok = (() => {
          try {
            commissioningPeriod({ from, to }, now);
            return true;
          } catch {
            return false;
          }
        })();
        expect(ok).toBe(days <= MAX_PERIOD_DAYS);
      }),
    );
  });
});
