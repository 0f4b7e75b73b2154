import { describe, expect, it } from 'vitest';
import { bedCount, syntheticRegister } from '../../scripts/synthetic-register.js';
import { Need, Sex, Stream, UnitKind } from '../../shared/contract/enums.js';
import { Id } from '../../shared/contract/schemas.js';
import { LOCAL_AUTHORITIES, REGIONS } from '../../shared/data/local-authorities.js';
import { REGISTER_UNITS } from '../../shared/data/register.js';
import { unitItems } from '../../shared/store/seed.js';

const units = syntheticRegister();

describe('the synthetic register the bench loads', () => {
  it('has at least 1,000 units and 3,000 beds', () => {
    expect(units.length).toBeGreaterThanOrEqual(1000);
    expect(bedCount(units)).toBeGreaterThanOrEqual(3000);
  });

  it('marks every unit as synthetic, by id, name and flag, and never reuses a real id', () => {
    const real = new Set(REGISTER_UNITS.map((u) => u.id));
    for (const u of units) {
      expect(u.id).toMatch(/^syn-/);
      expect(u.name).toMatch(/^Synthetic /);
      expect(u.synthetic).toBe(true);
      expect(u.illustrative).toBe(true);
      expect(real.has(u.id)).toBe(false);
      expect(Id.safeParse(u.id).success).toBe(true);
    }
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
  });

  it('places each unit in a real local authority of its region, and covers all nine regions', () => {
    const las = new Map(LOCAL_AUTHORITIES.map((la) => [la.code, la]));
    for (const u of units) expect(las.get(u.laCode)?.regionCode).toBe(u.regionCode);
    expect(new Set(units.map((u) => u.regionCode))).toEqual(new Set(REGIONS.map((r) => r.code)));
  });

  it('uses only the contract’s vocabularies, with ages a secure setting takes', () => {
    for (const u of units) {
      expect(UnitKind.safeParse(u.kind).success).toBe(true);
      expect(u.sexes.every((s) => Sex.safeParse(s).success)).toBe(true);
      expect(u.specialisms.every((n) => Need.safeParse(n).success)).toBe(true);
      expect(u.beds.flatMap((g) => g.eligibleStreams).every((s) => Stream.safeParse(s).success)).toBe(true);
      expect(u.ageRange.min).toBeGreaterThanOrEqual(10);
      expect(u.ageRange.max).toBeLessThanOrEqual(18);
      expect(u.ageRange.min).toBeLessThan(u.ageRange.max);
    }
    expect(new Set(units.flatMap((u) => u.beds.flatMap((g) => g.eligibleStreams)))).toEqual(
      new Set(Stream.options),
    );
  });

  it('is the same register every time for the same seed, and each unit seeds in one transaction', () => {
    expect(syntheticRegister({ units: 50, seed: 3 })).toEqual(syntheticRegister({ units: 50, seed: 3 }));
    for (const u of units) {
      const { beds } = unitItems(u, new Date(0), 'free', true);
      expect(2 + beds.length).toBeLessThanOrEqual(100);
    }
  });
});
