import { describe, expect, it } from 'vitest';
import { Need, Sex, Stream, UnitKind } from '../../shared/contract/enums.js';
import { GssLaCode, GssRegionCode, Id, Unit } from '../../shared/contract/schemas.js';
import { LOCAL_AUTHORITIES, REGIONS } from '../../shared/data/local-authorities.js';
import { placesOf, REGISTER_UNITS } from '../../shared/data/register.js';
import { unitItems } from '../../shared/store/seed.js';
import { toUnit } from '../../shared/store/units.js';

describe('the national register seed', () => {
  it('has the 13 secure children’s homes with their approved places from DOMAIN.md', () => {
    const homes = REGISTER_UNITS.filter((u) => u.kind === 'secure_childrens_home');
    expect(homes).toHaveLength(13);
    const places = Object.fromEntries(homes.map((h) => [h.name, placesOf(h)]));
    expect(places).toMatchObject({
      'Adel Beck': 24,
      'Aycliffe Secure Services': 34,
      'Barton Moss': 27,
      'Vinney Green': 24,
      Marydale: 12,
    });
    expect(homes.every((h) => h.ofstedUrn === null)).toBe(true); // not gathered: never invented
  });

  it('validates every unit against the contract once loaded', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    for (const seed of REGISTER_UNITS) {
      const { unit, counters } = unitItems(seed, now, 'typical');
      const parsed = Unit.safeParse(toUnit(unit, counters, now));
      expect(parsed.success, `${seed.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      expect(Id.safeParse(seed.id).success).toBe(true);
      expect(UnitKind.safeParse(seed.kind).success).toBe(true);
      expect(seed.sexes.every((s) => Sex.safeParse(s).success)).toBe(true);
      expect(seed.specialisms.every((s) => Need.safeParse(s).success)).toBe(true);
      for (const g of seed.beds) {
        expect(g.eligibleStreams.every((s) => Stream.safeParse(s).success)).toBe(true);
        expect(g.eligibleStreams.every((s) => unit.streams.includes(s))).toBe(true);
      }
    }
  });

  it('gives each stream realistic capacity, and marks what is illustrative', () => {
    const total = (s: 'welfare' | 'justice' | 'mental_health') =>
      REGISTER_UNITS.reduce(
        (n, u) => n + u.beds.filter((g) => g.eligibleStreams.includes(s)).reduce((m, g) => m + g.count, 0),
        0,
      );
    expect(total('welfare')).toBeGreaterThan(100);
    expect(total('justice')).toBeGreaterThan(100);
    expect(total('mental_health')).toBeGreaterThan(100);
    for (const u of REGISTER_UNITS.filter((x) => x.kind === 'cypmhs_inpatient'))
      expect(u.illustrative).toBe(true);
    expect(new Set(REGISTER_UNITS.map((u) => u.id)).size).toBe(REGISTER_UNITS.length);
  });

  it('seeds the contracts DOMAIN.md gives: YCS places as the MoJ’s, the rest of a home the DfE’s, tier 4 DHSC’s', () => {
    const contracted = (id: string) => {
      const u = REGISTER_UNITS.find((x) => x.id === id);
      const out: Record<string, number> = {};
      for (const g of u?.beds ?? [])
        out[g.contractedTo ?? 'pooled'] = (out[g.contractedTo ?? 'pooled'] ?? 0) + g.count;
      return out;
    };
    expect(contracted('sch-barton-moss')).toEqual({ MoJ: 24, DfE: 3 });
    expect(contracted('sch-adel-beck')).toEqual({ MoJ: 16, DfE: 8 });
    expect(contracted('sch-vinney-green')).toEqual({ MoJ: 24 });
    for (const u of REGISTER_UNITS) {
      for (const g of u.beds) {
        if (u.kind === 'secure_childrens_home' && u.id !== 'sch-marydale')
          expect(g.eligibleStreams, u.id).toEqual(['welfare', 'justice']);
        if (u.kind === 'cypmhs_inpatient')
          expect(g).toMatchObject({ eligibleStreams: ['mental_health'], contractedTo: 'DHSC' });
        if (u.kind === 'young_offender_institution' || u.kind === 'secure_training_centre')
          expect(g).toMatchObject({ eligibleStreams: ['justice'], contractedTo: 'MoJ' });
        if (u.kind === 'secure_school') expect(g.eligibleStreams.sort()).toEqual(['justice', 'welfare']);
      }
    }
  });

  it("places every unit in a known LA and that LA's region", () => {
    const las = new Map(LOCAL_AUTHORITIES.map((l) => [l.code, l]));
    for (const u of REGISTER_UNITS) expect(las.get(u.laCode)?.regionCode, u.id).toBe(u.regionCode);
  });
});

describe('local authorities', () => {
  it("lists England's 153 children's services authorities once each, in the 9 regions", () => {
    expect(LOCAL_AUTHORITIES).toHaveLength(153);
    expect(new Set(LOCAL_AUTHORITIES.map((l) => l.code)).size).toBe(153);
    expect(REGIONS).toHaveLength(9);
    for (const la of LOCAL_AUTHORITIES) {
      expect(GssLaCode.safeParse(la.code).success, la.code).toBe(true);
      expect(GssRegionCode.safeParse(la.regionCode).success).toBe(true);
      expect(la.lat).toBeGreaterThan(49.8);
      expect(la.lat).toBeLessThan(55.9);
    }
  });
});
