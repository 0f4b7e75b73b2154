import { Need } from '../shared/contract/enums.js';
import { LOCAL_AUTHORITIES, REGIONS } from '../shared/data/local-authorities.js';
import { placesOf, type SeedBeds, type SeedUnit, schBeds, type UnitKind } from '../shared/data/register.js';

/**
 * A synthetic national register for load: many more units than England has, shaped like the real
 * one (secure children's homes taking welfare and justice, a few large justice settings, CYPMHS
 * wards for mental health), spread over every region's local authorities. Nothing here describes
 * a real place: ids start `syn-`, names say "Synthetic", and `seedUnits(…, { synthetic: true })`
 * marks every item so it can be told apart (and deleted) later.
 */
export interface SyntheticUnit extends SeedUnit {
  synthetic: true;
}

interface SyntheticOptions {
  /** How many units (default 1,008: 112 per region). */
  units?: number;
  /** Same seed, same register: runs are comparable. */
  seed?: number;
  /** Prefix after `syn-`, so several synthetic registers can share a table. */
  tag?: string;
}

const NEEDS: readonly Need[] = Need.options;

/** A small deterministic PRNG (mulberry32): the generator must not depend on Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Shape {
  kind: UnitKind;
  /** Share of units of this shape, out of 100. */
  weight: number;
  ages: { min: number; max: number }[];
  beds: (r: () => number) => SeedBeds[];
}

const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/**
 * Proportions after the real estate: mostly small children's homes (welfare, some with justice
 * places), small wards, and a few justice settings of 6–30 places. Smaller than the real units on
 * average (about 4 beds), so that 16 times the register still loads in about two minutes.
 */
const SHAPES: Shape[] = [
  {
    kind: 'secure_childrens_home',
    weight: 62,
    ages: [
      { min: 10, max: 17 },
      { min: 12, max: 17 },
    ],
    beds: (r) => {
      const welfare = between(r, 1, 4);
      const ycs = r() < 0.3 ? between(r, 1, 3) : 0;
      return schBeds({ places: welfare + ycs, ycs });
    },
  },
  {
    kind: 'cypmhs_inpatient',
    weight: 30,
    ages: [
      { min: 12, max: 17 },
      { min: 13, max: 17 },
    ],
    beds: (r) => [{ count: between(r, 2, 6), eligibleStreams: ['mental_health'], contractedTo: 'DHSC' }],
  },
  {
    kind: 'secure_training_centre',
    weight: 3,
    ages: [{ min: 12, max: 17 }],
    beds: (r) => [{ count: between(r, 6, 16), eligibleStreams: ['justice'], contractedTo: 'MoJ' }],
  },
  {
    kind: 'young_offender_institution',
    weight: 3,
    ages: [{ min: 15, max: 17 }],
    beds: (r) => [{ count: between(r, 10, 30), eligibleStreams: ['justice'], contractedTo: 'MoJ' }],
  },
  {
    kind: 'secure_school',
    weight: 2,
    ages: [{ min: 12, max: 18 }],
    beds: (r) => [{ count: between(r, 6, 16), eligibleStreams: ['justice', 'welfare'], contractedTo: 'MoJ' }],
  },
];

const KIND_LABEL: Record<UnitKind, string> = {
  secure_childrens_home: 'secure children’s home',
  secure_training_centre: 'secure training centre',
  young_offender_institution: 'young offender institution',
  secure_school: 'secure school',
  cypmhs_inpatient: 'CYPMHS ward',
};

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

function shapeFor(r: () => number): Shape {
  let n = r() * 100;
  for (const s of SHAPES) {
    n -= s.weight;
    if (n < 0) return s;
  }
  return SHAPES[0] as Shape;
}

function sexesFor(r: () => number, kind: UnitKind): ('female' | 'male')[] {
  if (kind === 'young_offender_institution') return ['male'];
  const x = r();
  if (x < 0.7) return ['female', 'male'];
  return x < 0.85 ? ['female'] : ['male'];
}

function specialismsFor(r: () => number): Need[] {
  const wanted = between(r, 1, 4);
  const out = new Set<Need>();
  while (out.size < wanted) out.add(pick(r, NEEDS));
  return [...out];
}

/** Units spread round-robin over the 9 regions, each in one of that region's local authorities. */
export function syntheticRegister(options: SyntheticOptions = {}): SyntheticUnit[] {
  const count = options.units ?? 1008;
  const r = prng(options.seed ?? 20241125);
  const tag = options.tag ? `${options.tag}-` : '';
  const lasByRegion = new Map(
    REGIONS.map((g) => [g.code, LOCAL_AUTHORITIES.filter((la) => la.regionCode === g.code)]),
  );
  const units: SyntheticUnit[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % REGIONS.length] as (typeof REGIONS)[number];
    const la = pick(r, lasByRegion.get(region.code) ?? LOCAL_AUTHORITIES);
    const shape = shapeFor(r);
    const n = String(i + 1).padStart(5, '0');
    const provider = String(Math.floor(i / 6) + 1).padStart(4, '0');
    units.push({
      id: `syn-${tag}${n}`,
      name: `Synthetic ${KIND_LABEL[shape.kind]} ${n}, ${la.name}`,
      providerId: `syn-provider-${tag}${provider}`,
      providerName: `Synthetic provider ${provider}`,
      kind: shape.kind,
      laCode: la.code,
      regionCode: la.regionCode,
      // Within about 10 km of the council's main town.
      location: {
        lat: Math.round((la.lat + (r() - 0.5) * 0.18) * 1000) / 1000,
        lon: Math.round((la.lon + (r() - 0.5) * 0.28) * 1000) / 1000,
      },
      ofstedUrn: null,
      odsCode: null,
      ageRange: pick(r, shape.ages),
      sexes: sexesFor(r, shape.kind),
      specialisms: specialismsFor(r),
      beds: shape.beds(r),
      illustrative: true,
      note: 'Synthetic load for benchmarks: not a real setting',
      synthetic: true,
    });
  }
  return units;
}

/** Beds in a register (any SeedUnit list). */
export const bedCount = (units: readonly SeedUnit[]) => units.reduce((n, u) => n + placesOf(u), 0);
