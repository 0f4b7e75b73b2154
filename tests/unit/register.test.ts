import { describe, expect, it } from 'vitest';
import { Need, Sex, Stream, UnitKind } from '../../shared/contract/enums.js';
import { GssLaCode, GssRegionCode, Id, Unit } from '../../shared/contract/schemas.js';
import { LOCAL_AUTHORITIES, REGIONS } from '../../shared/data/local-authorities.js';
import { placesOf, REGISTER_UNITS } from '../../shared/data/register.js';
import { DEFAULT_POOL_RULES } from '../../shared/domain/pool.js';
import { toUnit } from '../../shared/http/mappers/units.js';
import { unitItems } from '../../shared/store/seed.js';

describe('the national register seed', () => {
  it('has England’s 13 secure children’s homes and Hillside, with their approved places from DOMAIN.md', () => {
    const homes = REGISTER_UNITS.filter((u) => u.kind === 'secure_childrens_home');
    expect(homes.filter((h) => h.laCode.startsWith('E'))).toHaveLength(13);
    expect(homes.filter((h) => !h.laCode.startsWith('E')).map((h) => h.id)).toEqual(['sch-hillside']);
    const places = Object.fromEntries(homes.map((h) => [h.name, placesOf(h)]));
    expect(places).toMatchObject({
      'Adel Beck': 24,
      'Aycliffe Secure Services': 38,
      'Kyloe House': 12,
      'Clare Lodge': 16,
      Hillside: 18,
      'Barton Moss': 27,
      'Vinney Green': 24,
      Marydale: 12,
    });
    expect(homes.every((h) => h.ofstedUrn === null)).toBe(true); // not gathered: never invented
  });

  it('validates every unit against the contract once loaded', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    for (const seed of REGISTER_UNITS) {
      const { unit, counter } = unitItems(seed, now, 'typical');
      const parsed = Unit.safeParse(toUnit(unit, counter, DEFAULT_POOL_RULES, now));
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
    for (const u of REGISTER_UNITS.filter((x) => x.laCode.startsWith('E')))
      expect(las.get(u.laCode)?.regionCode, u.id).toBe(u.regionCode);
    // Outside England: the real Welsh codes, never an English LA's (contract/unit-facts.ts).
    const hillside = REGISTER_UNITS.find((u) => u.id === 'sch-hillside');
    expect(hillside).toMatchObject({ laCode: 'W06000012', regionCode: 'W92000004' });
  });
});

describe('the register’s corrections (DOMAIN.md, "Corrections found since")', () => {
  const unit = (id: string) => REGISTER_UNITS.find((u) => u.id === id);
  const places = (id: string) => placesOf(unit(id) ?? { beds: [] });

  it('takes only girls at Clare Lodge, 12 at Kyloe House, 38 at Aycliffe and 80 at Oakhill', () => {
    expect(unit('sch-clare-lodge')?.sexes).toEqual(['female']);
    expect(places('sch-kyloe-house')).toBe(12);
    expect(places('sch-aycliffe')).toBe(38);
    expect(places('stc-oakhill')).toBe(80);
  });

  it('closes Cookham Wood to children, pauses Oasis Restore, and says Lansdowne’s status is unknown', () => {
    expect(unit('yoi-cookham-wood')).toMatchObject({
      status: 'closed',
      statusSince: '2024-03-21T00:00:00.000Z',
    });
    expect(unit('ss-oasis-restore')?.status).toBe('paused');
    expect(unit('sch-lansdowne')?.status).toBe('paused');
    expect(unit('sch-lansdowne')?.statusReason).toMatch(/unknown/);
    expect(unit('sch-lansdowne')?.provenance?.unverified).toContain('status');
  });

  it('records a source and date for every unit, and never claims specialisms are verified', () => {
    for (const u of REGISTER_UNITS) {
      expect(u.provenance?.source.length, u.id).toBeGreaterThan(10);
      expect(u.provenance?.asOf, u.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const specialismsUnverified =
        !u.provenance?.verified || (u.provenance?.unverified ?? []).includes('specialisms');
      expect(specialismsUnverified, u.id).toBe(true);
    }
  });

  it('gives every tier 4 unit a ward type, and no other unit one; tier 4 stays illustrative and unverified', () => {
    for (const u of REGISTER_UNITS) {
      if (u.kind === 'cypmhs_inpatient') {
        expect(u.wardType, u.id).toBeDefined();
        expect(u.illustrative).toBe(true);
        expect(u.provenance?.verified).toBe(false);
      } else expect(u.wardType, u.id).toBeUndefined();
    }
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
