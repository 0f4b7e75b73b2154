import type { Need, Sex, Stream, UnitKind } from '../contract/enums.js';
import { type CounterState, effectiveCounter } from './capacity.js';
import { distanceKm, type LatLon } from './geo.js';
import { availabilityOf, type PoolRules } from './pool.js';
import { isStale } from './time.js';

/** What matching knows of one unit in one stream (read from its counter item, never from beds). */
export interface Candidate {
  unitId: string;
  name: string;
  providerId: string;
  kind: UnitKind;
  regionCode: string;
  location: LatLon;
  ageRange: { min: number; max: number };
  sexes: Sex[];
  specialisms: Need[];
  /** Free beds the child's stream may use now under the pool rules. */
  available: number;
  /** True when those are all another department's released beds. */
  flex?: boolean;
  /** The unit's availability per stream under the pool rules. */
  availability?: Partial<Record<Stream, number>>;
  lastConfirmedAt: string | null;
  /** Absent on counters written before units had a status: read as open. */
  status?: 'open' | 'paused' | 'closed';
  /** Facts no source has confirmed (e.g. specialisms this register assigned). */
  unverified?: string[];
}

/**
 * What matching knows of a unit from its counter, for a child of `stream`: the pool rules applied
 * to its free beds (a hold past its expiry is a free bed again).
 */
export function candidateOf<C extends CounterState & { streams: Stream[] }>(
  counter: C,
  stream: Stream,
  rules: PoolRules,
  now: Date,
): C & { available: number; flex: boolean; availability: Partial<Record<Stream, number>> } {
  const { freeBeds } = effectiveCounter(counter, now);
  const a = availabilityOf(freeBeds, counter.streams, rules, now);
  return {
    ...counter,
    available: a.availability[stream] ?? 0,
    flex: a.flex[stream] ?? false,
    availability: a.availability,
  };
}

export interface ChildProfile {
  ageYears: number;
  sex: Sex;
  stream: Stream;
  needs: Need[];
}

export interface RankedMatch {
  unitId: string;
  name: string;
  providerId: string;
  kind: UnitKind;
  regionCode: string;
  location: LatLon;
  rank: number;
  distanceKm: number;
  available: number;
  availability: Partial<Record<Stream, number>>;
  flex: boolean;
  stale: boolean;
  reasons: string[];
}

const label = (s: string) => s.replaceAll('_', ' ');

/** Does the unit take this child at all? (A hard rule: open, age, sex, a free bed in the stream.) */
export function fits(child: ChildProfile, c: Candidate): boolean {
  return (
    (c.status ?? 'open') === 'open' &&
    c.available > 0 &&
    child.ageYears >= c.ageRange.min &&
    child.ageYears <= c.ageRange.max &&
    c.sexes.includes(child.sex)
  );
}

/**
 * Ranks fitting units: first by how many of the child's needs the unit specialises in
 * (fit), then by great-circle distance from the home LA (children placed far from home
 * lose contact with family; 26 % were over 100 miles away in 2016), then by free beds.
 * Every fitting unit is listed, each with the reasons for its place.
 */
export function rankMatches(
  child: ChildProfile,
  candidates: Candidate[],
  home: LatLon,
  now: Date,
): RankedMatch[] {
  const scored = candidates
    .filter((c) => fits(child, c))
    .map((c) => {
      const covered = child.needs.filter((n) => c.specialisms.includes(n));
      const km = distanceKm(home, c.location);
      return { c, covered, km, stale: isStale(c.lastConfirmedAt, now) };
    })
    .sort(
      (a, b) =>
        b.covered.length - a.covered.length ||
        Number(a.stale) - Number(b.stale) ||
        a.km - b.km ||
        b.c.available - a.c.available ||
        a.c.unitId.localeCompare(b.c.unitId),
    );

  return scored.map(({ c, covered, km, stale }, i) => {
    const reasons: string[] = [];
    if (child.needs.length === 0) reasons.push('No specific needs given: ranked by distance');
    else if (covered.length === child.needs.length)
      reasons.push(`Specialises in all ${child.needs.length} of the child's needs`);
    else if (covered.length > 0)
      reasons.push(
        `Specialises in ${covered.length} of ${child.needs.length} needs: ${covered.map(label).join(', ')}`,
      );
    else reasons.push("Does not list any of the child's needs as a specialism");
    if (child.needs.length > 0 && c.unverified?.includes('specialisms'))
      reasons.push('Specialisms not verified from a source: confirm them with the unit');
    reasons.push(`${km} km from the home local authority`);
    reasons.push(`Takes ages ${c.ageRange.min} to ${c.ageRange.max} and ${c.sexes.join(' and ')} children`);
    const others = (c.unverified ?? []).filter((f) => f !== 'specialisms');
    if (others.length > 0)
      reasons.push(
        `Not verified from a source: ${others.map((f) => f.replace(/[A-Z]/g, (m) => ` ${m.toLowerCase()}`)).join(', ')}`,
      );
    reasons.push(
      `${c.available} free ${c.available === 1 ? 'bed' : 'beds'} a ${label(child.stream)} child may take now`,
    );
    if (c.flex) reasons.push("Only other departments' beds are free: lent under the pool rules (flex)");
    if (stale) reasons.push('Availability not confirmed in the last 24 hours: check with the unit');
    if (child.stream === 'welfare' && child.ageYears < 13)
      reasons.push("Under 13: a welfare placement needs the Secretary of State's approval");
    return {
      unitId: c.unitId,
      name: c.name,
      providerId: c.providerId,
      kind: c.kind,
      regionCode: c.regionCode,
      location: c.location,
      rank: i + 1,
      distanceKm: km,
      available: c.available,
      availability: c.availability ?? { [child.stream]: c.available },
      flex: c.flex ?? false,
      stale,
      reasons,
    };
  });
}
