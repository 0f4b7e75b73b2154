import { describe, expect, it } from 'vitest';
import { summariseDemand } from '../../shared/domain/demand.js';
import {
  checkDischarge,
  checkStepDown,
  daysReadyButStillHere,
  dischargeWindow,
  summariseForecast,
} from '../../shared/domain/step-down.js';

describe('step-down dates', () => {
  it('a ready date may not be before the day the placement started in England', () => {
    // 23:30 UTC on 1 October is 00:30 on 2 October in London.
    const startedAt = '2026-10-01T23:30:00.000Z';
    expect(checkStepDown({ startedAt, readyFrom: '2026-10-01' })).toEqual([
      { field: 'readyFrom', message: 'must not be before the placement started (2026-10-02)' },
    ]);
    expect(checkStepDown({ startedAt, readyFrom: '2026-10-02' })).toEqual([]);
  });

  it('a planned discharge may not come before the ready date', () => {
    const startedAt = '2026-10-01T10:00:00.000Z';
    expect(
      checkStepDown({ startedAt, readyFrom: '2026-10-05', plannedDischargeOn: '2026-10-04' })[0]?.field,
    ).toBe('plannedDischargeOn');
    expect(checkStepDown({ startedAt, readyFrom: '2026-10-05', plannedDischargeOn: '2026-10-05' })).toEqual(
      [],
    );
  });

  it('a discharge is today unless given, never ahead, never before arrival or the ready date', () => {
    const now = new Date('2026-10-10T10:00:00Z');
    const startedAt = '2026-10-01T10:00:00.000Z';
    expect(checkDischarge({ startedAt, now })).toEqual({ on: '2026-10-10' });
    expect(checkDischarge({ startedAt, now, on: '2026-10-08' })).toEqual({ on: '2026-10-08' });
    expect(checkDischarge({ startedAt, now, on: '2026-10-11' })).toHaveProperty('errors');
    expect(checkDischarge({ startedAt, now, on: '2026-09-30' })).toHaveProperty('errors');
    expect(checkDischarge({ startedAt, now, readyFrom: '2026-10-09', on: '2026-10-08' })).toEqual({
      errors: [
        {
          field: 'on',
          message:
            'must not be before the date the child was ready to leave (2026-10-09): correct the ready date first',
        },
      ],
    });
  });

  it('counts whole days ready but still here, to the day they left or to today', () => {
    const now = new Date('2026-10-10T10:00:00Z');
    expect(daysReadyButStillHere('2026-10-03', null, now)).toBe(7);
    expect(daysReadyButStillHere('2026-10-03', '2026-10-05', now)).toBe(2);
    expect(daysReadyButStillHere('2026-10-12', null, now)).toBe(0); // not yet ready
    expect(daysReadyButStillHere(null, null, now)).toBeNull();
    // Across the end of February in a leap year.
    expect(daysReadyButStillHere('2028-02-27', '2028-03-01', now)).toBe(3);
  });
});

describe('capacity forecast', () => {
  it('counts planned discharges by the days the next 24 and 72 hours reach', () => {
    expect(dischargeWindow(new Date('2026-10-01T10:00:00Z'), 24)).toEqual({
      first: '2026-10-01',
      last: '2026-10-02',
    });
    expect(dischargeWindow(new Date('2026-10-01T10:00:00Z'), 72)).toEqual({
      first: '2026-10-01',
      last: '2026-10-04',
    });
    // 23:30 UTC in summer is already tomorrow in London.
    expect(dischargeWindow(new Date('2026-07-01T23:30:00Z'), 24).first).toBe('2026-07-02');
  });

  it('adds up nationally, by stream and by the bed’s region', () => {
    const a = { stream: 'welfare', regionCode: 'E12000003' };
    const b = { stream: 'justice', regionCode: 'E12000003' };
    const c = { stream: 'welfare', regionCode: 'E12000009' };
    const f = summariseForecast([a], [a, b, c], ['welfare', 'justice', 'mental_health']);
    expect(f).toEqual({
      next24h: 1,
      next72h: 3,
      byStream: [
        { stream: 'welfare', next24h: 1, next72h: 2 },
        { stream: 'justice', next24h: 0, next72h: 1 },
        { stream: 'mental_health', next24h: 0, next72h: 0 },
      ],
      byRegion: [
        { regionCode: 'E12000003', next24h: 1, next72h: 2 },
        { regionCode: 'E12000009', next24h: 0, next72h: 1 },
      ],
    });
  });
});

describe('demand: step-down waits by delay reason', () => {
  it('counts each child ready to leave under why they could not, and withholds small counts', () => {
    const now = new Date('2026-10-20T12:00:00Z');
    const placement = (i: number, delayReason: 'no_placement_found' | 'awaiting_court' | null) => ({
      requestId: `r${i}`,
      stream: 'welfare' as const,
      homeRegionCode: 'E12000003',
      distanceKm: 10,
      stepDownReadyFrom: '2026-10-10',
      plannedDestination: 'foster_care',
      delayReason,
    });
    const placements = [
      ...[1, 2, 3, 4, 5, 6].map((i) => placement(i, 'no_placement_found')),
      placement(7, 'awaiting_court'),
    ];
    const d = summariseDemand({
      requests: [],
      placements,
      declines: [],
      period: { from: '2026-10-01', to: '2026-10-20' },
      regions: ['E12000003'],
      now,
    });
    const byDelay = d.national.stepDown.byDelayReason;
    expect(d.national.stepDown.ready).toEqual({ value: 7, suppressed: false });
    expect(byDelay.awaiting_court.ready).toEqual({ value: null, suppressed: true });
    expect(byDelay.no_placement_found.waitingDays.median).toEqual({ value: 10.5, suppressed: false });
    expect(byDelay.not_given.ready).toEqual({ value: 0, suppressed: false });
  });
});
