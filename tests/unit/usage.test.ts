import { describe, expect, it } from 'vitest';
import { DEPARTMENT_SHARES } from '../../shared/data/department-shares.js';
import {
  bedNights,
  nightsIn,
  sharesProblems,
  summariseUsage,
  type UsagePlacement,
} from '../../shared/domain/usage.js';

const NOW = new Date('2026-03-31T12:00:00Z');
const MARCH = { from: '2026-03-01', to: '2026-03-30' };
const NE = 'E12000001';
const SW = 'E12000009';

const placement = (over: Partial<UsagePlacement> = {}): UsagePlacement => ({
  stream: 'welfare',
  regionCode: NE,
  startedAt: '2026-03-10T15:00:00Z',
  dischargedAt: '2026-03-15T10:00:00Z',
  ...over,
});

describe('bed-nights', () => {
  it('count each night from the day of arrival up to the day of leaving', () => {
    expect(bedNights(placement(), MARCH, NOW)).toBe(5);
  });

  it('count nothing for a child admitted and discharged on the same day', () => {
    expect(bedNights(placement({ dischargedAt: '2026-03-10T22:00:00Z' }), MARCH, NOW)).toBe(0);
  });

  it('count only the nights inside the period', () => {
    const long = placement({ startedAt: '2026-02-20T09:00:00Z', dischargedAt: '2026-04-10T09:00:00Z' });
    expect(bedNights(long, MARCH, NOW)).toBe(30);
  });

  it('count an active placement up to today, not tonight', () => {
    const active = placement({ startedAt: '2026-03-28T09:00:00Z', dischargedAt: null });
    expect(bedNights(active, { from: '2026-03-01', to: '2026-04-30' }, NOW)).toBe(3);
  });

  it('count nights of a period as its dates, both ends included', () => {
    expect(nightsIn(MARCH)).toBe(30);
    expect(nightsIn({ from: '2026-03-01', to: '2026-03-01' })).toBe(1);
  });
});

describe('department shares', () => {
  it('the shipped (illustrative) shares add up to 1', () => {
    expect(sharesProblems(DEPARTMENT_SHARES)).toEqual([]);
  });

  it('shares that do not add up to 1 are refused', () => {
    expect(sharesProblems({ DfE: 0.5, MoJ: 0.5, DHSC: 0.5 })).toEqual(['the shares must add up to 1']);
  });
});

describe('the pool’s interplay in usage', () => {
  it('counts flex bed-nights for the child’s department and lent bed-nights for the bed’s', () => {
    const u = summariseUsage({
      placements: [
        ...Array.from({ length: 5 }, () => placement({ stream: 'welfare', contractedTo: 'MoJ' })),
        ...Array.from({ length: 6 }, () => placement({ stream: 'welfare', contractedTo: 'DfE' })),
        ...Array.from({ length: 2 }, () => placement({ stream: 'justice', contractedTo: 'DfE' })),
      ],
      pooledPlaces: 100,
      contractedBeds: { DfE: 40, MoJ: 40, DHSC: 20 },
      period: MARCH,
      regions: [NE],
      now: NOW,
    });
    const by = Object.fromEntries(u.byDepartment.map((d) => [d.department, d]));
    expect(by.DfE).toMatchObject({ contractedBeds: 40, share: 0.4 });
    expect(by.DfE?.flexBedNights).toEqual({ value: 25, suppressed: false });
    expect(by.MoJ?.lentBedNights).toEqual({ value: 25, suppressed: false });
    // Two justice children in DfE beds: too few to publish either way.
    expect(by.MoJ?.flexBedNights).toEqual({ value: null, suppressed: true });
    expect(by.DfE?.lentBedNights).toEqual({ value: null, suppressed: true });
    expect(by.DHSC?.flexBedNights).toEqual({ value: 0, suppressed: false });
  });
});

describe('the usage summary', () => {
  // Of 100 pooled places: shares 0.5, 0.3, 0.2.
  const contractedBeds = { DfE: 50, MoJ: 30, DHSC: 20 };
  const many = (n: number, over: Partial<UsagePlacement>) => Array.from({ length: n }, () => placement(over));

  it('agrees bed-nights as share × pooled places × nights', () => {
    const u = summariseUsage({
      placements: [],
      pooledPlaces: 100,
      contractedBeds,
      period: MARCH,
      regions: [NE],
      now: NOW,
    });
    expect(u.byDepartment.map((d) => [d.department, d.agreedBedNights])).toEqual([
      ['DfE', 1500],
      ['MoJ', 900],
      ['DHSC', 600],
    ]);
    expect(u.national.agreedBedNights).toBe(3000);
  });

  it('publishes bed-nights of departments and regions with 5 or more children', () => {
    const u = summariseUsage({
      placements: [...many(6, { regionCode: NE }), ...many(7, { regionCode: SW })],
      pooledPlaces: 100,
      contractedBeds,
      period: MARCH,
      regions: [NE, SW],
      now: NOW,
    });
    expect(u.national.bedNights).toEqual({ value: 65, suppressed: false });
    const dfe = u.byDepartment.find((d) => d.department === 'DfE');
    expect(dfe?.placements).toEqual({ value: 13, suppressed: false });
    expect(dfe?.usedOfAgreed).toEqual({ value: 0.043, suppressed: false });
    expect(u.byRegion.map((r) => r.bedNights.value)).toEqual([30, 35]);
  });

  it('withholds the bed-nights of a cell with fewer than 5 children, and one more so it cannot be worked out', () => {
    const u = summariseUsage({
      placements: [...many(3, { regionCode: NE }), ...many(8, { regionCode: SW })],
      pooledPlaces: 100,
      contractedBeds,
      period: MARCH,
      regions: [NE, SW],
      now: NOW,
    });
    const ne = u.byRegion.find((r) => r.regionCode === NE);
    const sw = u.byRegion.find((r) => r.regionCode === SW);
    expect(ne).toMatchObject({
      placements: { value: null, suppressed: true },
      bedNights: { value: null, suppressed: true },
    });
    // Otherwise national − South West would give the North East.
    expect(sw?.bedNights.suppressed).toBe(true);
    expect(u.national.bedNights).toEqual({ value: 55, suppressed: false });
  });

  it('withholds a department with under 5 children along with its share used', () => {
    const u = summariseUsage({
      placements: [...many(2, { stream: 'justice' }), ...many(9, { stream: 'welfare' })],
      pooledPlaces: 100,
      contractedBeds,
      period: MARCH,
      regions: [NE],
      now: NOW,
    });
    const moj = u.byDepartment.find((d) => d.department === 'MoJ');
    expect(moj).toMatchObject({
      bedNights: { value: null, suppressed: true },
      usedOfAgreed: { value: null, suppressed: true },
    });
  });
});
