/** Small rules moved out of the handlers: recording an external placement, withdrawing, releasing again. */
import { describe, expect, it } from 'vitest';
import { referralLink } from '../../shared/domain/access.js';
import { InvalidTransition, ValidationFailed } from '../../shared/domain/errors.js';
import { assertExternalRecordFits, assertUnitRecords } from '../../shared/domain/external-placement.js';
import { isReleaseRepeat } from '../../shared/domain/holds.js';
import { mayWithdraw } from '../../shared/domain/requests.js';

const now = new Date('2026-11-25T23:30:00.000Z'); // 23:30 in London, GMT: still the 25th
const iso = (ms: number) => new Date(now.getTime() + ms).toISOString();
/** Illustrative: not a real unit. */
const unit = { name: 'Example home', sexes: ['female' as const], ageRange: { min: 12, max: 17 } };
const bed = { bedId: 'b1', eligibleStreams: ['welfare' as const] };
const fieldsOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((e) => e.field);
    throw error;
  }
  return [];
};

describe('recording a child placed outside the service', () => {
  it('is refused at a closed unit, not at a paused one', () => {
    expect(() => assertUnitRecords({ name: 'x', status: 'closed' })).toThrow(InvalidTransition);
    expect(() => assertUnitRecords({ name: 'x', status: 'paused' })).not.toThrow();
    expect(() => assertUnitRecords({ name: 'x' })).not.toThrow();
  });

  it('takes today (London’s date) and the ends of the age range', () => {
    for (const ageYears of [12, 17])
      expect(
        fieldsOf(() =>
          assertExternalRecordFits(
            unit,
            bed,
            { stream: 'welfare', since: '2026-11-25', ageYears, sex: 'female' },
            now,
          ),
        ),
      ).toEqual([]);
  });

  it('names every field that does not fit: stream, a future date, sex, age', () => {
    expect(
      fieldsOf(() =>
        assertExternalRecordFits(
          unit,
          bed,
          { stream: 'justice', since: '2026-11-26', sex: 'male', ageYears: 18 },
          now,
        ),
      ),
    ).toEqual(['body.stream', 'body.since', 'body.sex', 'body.ageYears']);
    expect(
      fieldsOf(() =>
        assertExternalRecordFits(unit, bed, { stream: 'welfare', since: '2026-11-01', ageYears: 11 }, now),
      ),
    ).toEqual(['body.ageYears']);
  });
});

describe('withdrawing a request', () => {
  it('is allowed while open (lapsed is stored open) with no live hold; a hold stops being live at its expiry', () => {
    expect(mayWithdraw({ status: 'open' }, now)).toBe(true);
    expect(mayWithdraw({ status: 'open', holdUntil: iso(1) }, now)).toBe(false);
    expect(mayWithdraw({ status: 'open', holdUntil: iso(0) }, now)).toBe(true);
    expect(mayWithdraw({ status: 'placed' }, now)).toBe(false);
    expect(mayWithdraw({ status: 'withdrawn' }, now)).toBe(false);
  });
});

describe('releasing a hold again', () => {
  it('is a repeat only for a released hold', () => {
    expect(isReleaseRepeat({ status: 'released' })).toBe(true);
    for (const status of ['active', 'accepted', 'declined', 'expired'] as const)
      expect(isReleaseRepeat({ status })).toBe(false);
  });
});

describe('a referral as a provider’s link to the request', () => {
  it('runs out by itself only while offered, at the offer’s expiry', () => {
    const r = { providerId: 'p1', offerExpiresAt: iso(1) };
    expect(referralLink({ ...r, status: 'offered' }).endsAt).toBe(iso(1));
    expect(referralLink({ ...r, status: 'pending' }).endsAt).toBeNull();
    expect(referralLink({ ...r, status: 'accepted' })).toEqual({
      kind: 'referral',
      providerId: 'p1',
      status: 'accepted',
      endsAt: null,
    });
  });
});
