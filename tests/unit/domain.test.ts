import { describe, expect, it } from 'vitest';
import { childRefProblem, looksLikeNhsNumber } from '../../shared/domain/child-ref.js';
import { distanceKm } from '../../shared/domain/geo.js';
import { effectiveHoldStatus } from '../../shared/domain/holds.js';
import { type Candidate, fitBand, rankMatches } from '../../shared/domain/matching.js';
import { isStale } from '../../shared/domain/time.js';

const candidate = (over: Partial<Candidate>): Candidate => ({
  unitId: 'u',
  name: 'Unit (illustrative)',
  providerId: 'p',
  kind: 'secure_childrens_home',
  regionCode: 'E12000003',
  location: { lat: 53.8, lon: -1.55 },
  ageRange: { min: 10, max: 17 },
  sexes: ['female', 'male'],
  specialisms: [],
  available: 1,
  lastConfirmedAt: '2026-11-25T00:00:00Z',
  ...over,
});
const now = new Date('2026-11-25T06:00:00Z');
const birmingham = { lat: 52.48, lon: -1.9 };

describe('childRef', () => {
  it('accepts pseudonymous references', () => {
    for (const ref of ['case-1234', 'BHM/2026/0042', 'a1b2c3d4e5', '7f3e9a'])
      expect(childRefProblem(ref), ref).toBeUndefined();
  });
  it('refuses values that look like a name', () => {
    for (const ref of ['Jane', 'jane.smith', 'Smith_John', "O'Brien", 'Zoë'])
      expect(childRefProblem(ref), ref).toBe('looks_like_name');
  });
  it('refuses values that look like an NHS number, with or without separators', () => {
    expect(looksLikeNhsNumber('9434765919')).toBe(true);
    for (const ref of ['943-476-5919', '9434765919', '943 476 5919'.replaceAll(' ', '-'), 'ref4010232137x']) {
      expect(childRefProblem(ref), ref).toBe('looks_like_nhs_number');
    }
  });
});

describe('distance', () => {
  it('measures great-circle km: Leeds to Exeter is about 350 km', () => {
    const km = distanceKm({ lat: 53.8, lon: -1.55 }, { lat: 50.72, lon: -3.53 });
    expect(km).toBeGreaterThan(330);
    expect(km).toBeLessThan(380);
  });
});

describe('matching', () => {
  const child = {
    ageYears: 14,
    sex: 'female' as const,
    stream: 'welfare' as const,
    needs: ['self_harm' as const, 'absconding' as const],
  };

  it('leaves out units that do not take the child’s age or sex or have no free bed', () => {
    const out = rankMatches(
      child,
      [
        candidate({ unitId: 'too-old', ageRange: { min: 15, max: 17 } }),
        candidate({ unitId: 'boys', sexes: ['male'] }),
        candidate({ unitId: 'full', available: 0 }),
        candidate({ unitId: 'fits' }),
      ],
      birmingham,
      now,
    );
    expect(out.map((m) => m.unitId)).toEqual(['fits']);
  });

  it('ranks by fit to the child’s needs first, then nearest first, with reasons', () => {
    const out = rankMatches(
      child,
      [
        candidate({ unitId: 'near-no-fit', location: { lat: 52.5, lon: -1.9 } }),
        candidate({
          unitId: 'far-full-fit',
          location: { lat: 54.9, lon: -1.6 },
          specialisms: ['self_harm', 'absconding'],
        }),
        candidate({
          unitId: 'near-full-fit',
          location: { lat: 52.9, lon: -1.2 },
          specialisms: ['self_harm', 'absconding'],
        }),
      ],
      birmingham,
      now,
    );
    expect(out.map((m) => [m.unitId, m.rank])).toEqual([
      ['near-full-fit', 1],
      ['far-full-fit', 2],
      ['near-no-fit', 3],
    ]);
    expect(out[0]?.reasons.join(' ')).toMatch(/all 2 of the child's needs/);
    expect(out[2]?.reasons.join(' ')).toMatch(/km from the home local authority/);
  });

  it('flags the Secretary of State approval a welfare placement of a child under 13 needs', () => {
    const out = rankMatches({ ...child, ageYears: 12 }, [candidate({})], birmingham, now);
    expect(out[0]?.reasons.join(' ')).toMatch(/Secretary of State/);
  });

  it('keeps a stale unit in its place by distance and says to check it', () => {
    const out = rankMatches(
      child,
      [
        candidate({ unitId: 'stale-near', location: birmingham, lastConfirmedAt: '2026-11-23T00:00:00Z' }),
        candidate({ unitId: 'fresh-far' }),
      ],
      birmingham,
      now,
    );
    expect(out.map((m) => m.unitId)).toEqual(['stale-near', 'fresh-far']);
    expect(out[0]?.stale).toBe(true);
    expect(out[0]?.reasons.join(' ')).toMatch(/not confirmed in the last 24 hours/);
  });

  it('bands fit as all, some or none of the needs, and ranks the nearest first within a band', () => {
    // Two of three needs 300 km away does not outrank one of three nearby: both are "some".
    const three = { ...child, needs: ['self_harm' as const, 'absconding' as const, 'autism' as const] };
    const exeter = { lat: 50.72, lon: -3.53 };
    const out = rankMatches(
      three,
      [
        candidate({ unitId: 'far-two', location: exeter, specialisms: ['self_harm', 'absconding'] }),
        candidate({ unitId: 'near-one', location: { lat: 52.9, lon: -1.2 }, specialisms: ['autism'] }),
        candidate({ unitId: 'nearest-none', location: birmingham }),
        candidate({
          unitId: 'far-all',
          location: exeter,
          specialisms: ['self_harm', 'absconding', 'autism'],
        }),
      ],
      birmingham,
      now,
    );
    expect(out.map((m) => [m.unitId, m.band, m.rank])).toEqual([
      ['far-all', 1, 1],
      ['near-one', 2, 2],
      ['far-two', 2, 3],
      ['nearest-none', 3, 4],
    ]);
    expect(out[1]?.reasons[0]).toMatch(/^Fit band 2 of 3: specialises in 1 of 3 needs: autism/);
    expect(out[1]?.reasons.join(' ')).toMatch(new RegExp(`${out[1]?.distanceKm} km from the home`));
    expect(out[1]?.distanceKm).toBeLessThan(out[2]?.distanceKm ?? 0);
  });

  it('puts every unit in band 1 when no needs are given: distance alone decides', () => {
    expect(fitBand([], [])).toBe(1);
    expect(fitBand(['autism'], ['autism', 'violence'])).toBe(1);
    expect(fitBand(['autism', 'violence'], ['violence'])).toBe(2);
    expect(fitBand(['autism'], ['violence'])).toBe(3);
  });
});

describe('time rules', () => {
  it('an active hold at or past its expiry reads as expired', () => {
    expect(effectiveHoldStatus('active', '2026-11-25T06:00:00Z', now)).toBe('expired');
    expect(effectiveHoldStatus('active', '2026-11-25T06:00:01Z', now)).toBe('active');
    expect(effectiveHoldStatus('accepted', '2026-11-25T05:00:00Z', now)).toBe('accepted');
  });
  it('a unit is stale after 24 hours without confirmation', () => {
    expect(isStale('2026-11-24T05:59:59Z', now)).toBe(true);
    expect(isStale('2026-11-24T06:00:00Z', now)).toBe(false);
    expect(isStale(null, now)).toBe(true);
  });
});
