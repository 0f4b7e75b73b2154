import type { Need, Sex, Stream, UnitKind } from '../contract/enums.js';
import { type CounterState, effectiveCounter } from './capacity.js';
import { distanceKm, type LatLon } from './geo.js';
import { availabilityOf, type PoolRules } from './pool.js';
import { isStale } from './time.js';

/** Which unit, whose, and where: what a candidate and its ranked match both say of it. */
interface MatchedUnit {
  unitId: string;
  name: string;
  providerId: string;
  kind: UnitKind;
  regionCode: string;
  location: LatLon;
}

/** What matching knows of one unit in one stream (read from its counter item, never from beds). */
export interface Candidate extends MatchedUnit {
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

export interface RankedMatch extends MatchedUnit {
  rank: number;
  /** 1: takes every one of the child's needs (or none were given); 2: some of them; 3: none. */
  band: FitBand;
  distanceKm: number;
  available: number;
  availability: Partial<Record<Stream, number>>;
  flex: boolean;
  stale: boolean;
  reasons: string[];
}

type FitBand = 1 | 2 | 3;

const label = (s: string) => s.replaceAll('_', ' ');

/** Does the unit take this child at all? (A hard rule: open, age, sex, a free bed in the stream.) */
export function fits(child: ChildProfile, c: Candidate): boolean {
  return takesChild(child, c) && c.available > 0;
}

/** The unit's register facts allow this child: open, in the child's age range, takes the child's sex. */
function takesChild(
  child: Pick<ChildProfile, 'ageYears' | 'sex'>,
  c: Pick<Candidate, 'status' | 'ageRange' | 'sexes'>,
): boolean {
  return (
    (c.status ?? 'open') === 'open' &&
    child.ageYears >= c.ageRange.min &&
    child.ageYears <= c.ageRange.max &&
    c.sexes.includes(child.sex)
  );
}

/**
 * How well a unit's specialisms cover the child's needs, in three bands a worker can say out loud:
 * all of them (or no needs were given), some of them, none of them. Bands, not a count, so that a
 * unit 300 km away covering two of three needs does not outrank one nearby covering one.
 */
export function fitBand(needs: readonly Need[], specialisms: readonly Need[]): FitBand {
  if (needs.length === 0) return 1;
  const covered = needs.filter((n) => specialisms.includes(n)).length;
  return covered === needs.length ? 1 : covered > 0 ? 2 : 3;
}

/** Where a unit sits in the ranking: band, then distance (to 0.1 km, as reported), then unit id. */
export interface MatchPosition {
  band: FitBand;
  /** Distance in tenths of a km: an integer, so positions compare and travel in cursors exactly. */
  decikm: number;
  unitId: string;
}

function positionOf(
  child: Pick<ChildProfile, 'needs'>,
  unit: Pick<MatchFacts, 'unitId' | 'location' | 'specialisms'>,
  home: LatLon,
): MatchPosition {
  return {
    band: fitBand(child.needs, unit.specialisms),
    decikm: Math.round(distanceKm(home, unit.location) * 10),
    unitId: unit.unitId,
  };
}

/** The ranking order: fit band first, nearest first within a band, unit id to break exact ties. */
export function comparePositions(a: MatchPosition, b: MatchPosition): number {
  return a.band - b.band || a.decikm - b.decikm || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
}

/** What ordering needs of a unit: facts that change only when the register does, never with a bed. */
export interface MatchFacts {
  unitId: string;
  streams: Stream[];
  status?: 'open' | 'paused' | 'closed';
  location: LatLon;
  ageRange: { min: number; max: number };
  sexes: Sex[];
  specialisms: Need[];
}

/**
 * The units that could take this child by their register facts (stream, open, age, sex), in
 * ranking order. Free beds are not known here: the caller reads counters in this order until a
 * page is full, so only the units on (or just past) the page are read.
 */
export function orderByFit(child: ChildProfile, units: readonly MatchFacts[], home: LatLon): MatchPosition[] {
  const out: MatchPosition[] = [];
  for (const u of units)
    if (u.streams.includes(child.stream) && takesChild(child, u)) out.push(positionOf(child, u, home));
  return out.sort(comparePositions);
}

const BAND_TEXT: Record<FitBand, string> = {
  1: 'Fit band 1 of 3 (best)',
  2: 'Fit band 2 of 3',
  3: 'Fit band 3 of 3',
};

/** One match as the API shows it: the unit at its rank, with the reasons for its place. */
export function describeMatch(
  child: ChildProfile,
  c: Candidate,
  position: MatchPosition,
  rank: number,
  now: Date,
): RankedMatch {
  const covered = child.needs.filter((n) => c.specialisms.includes(n));
  const km = position.decikm / 10;
  const stale = isStale(c.lastConfirmedAt, now);
  const reasons: string[] = [];
  const band = BAND_TEXT[position.band];
  if (child.needs.length === 0) reasons.push(`${band}: no specific needs given, so ranked by distance`);
  else if (covered.length === child.needs.length)
    reasons.push(`${band}: specialises in all ${child.needs.length} of the child's needs`);
  else if (covered.length > 0)
    reasons.push(
      `${band}: specialises in ${covered.length} of ${child.needs.length} needs: ${covered.map(label).join(', ')}`,
    );
  else reasons.push(`${band}: does not list any of the child's needs as a specialism`);
  if (child.needs.length > 0 && c.unverified?.includes('specialisms'))
    reasons.push('Specialisms not verified from a source: confirm them with the unit');
  reasons.push(`${km} km from the home local authority: nearer units in the same band rank higher`);
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
    rank,
    band: position.band,
    distanceKm: km,
    available: c.available,
    availability: c.availability ?? { [child.stream]: c.available },
    flex: c.flex ?? false,
    stale,
    reasons,
  };
}

/**
 * Ranks fitting units: fit band first (how many of the child's needs the unit specialises in:
 * all, some, none), then great-circle distance from the home LA within a band (children placed
 * far from home lose contact with family; 26 % were over 100 miles away in 2016). A unit not
 * confirmed in the last 24 hours keeps its place and says so: staleness is a reason to phone,
 * not a reason to send a child further away. Every fitting unit is listed, each with its reasons.
 */
export function rankMatches(
  child: ChildProfile,
  candidates: Candidate[],
  home: LatLon,
  now: Date,
): RankedMatch[] {
  return candidates
    .filter((c) => fits(child, c))
    .map((c) => ({ c, position: positionOf(child, c, home) }))
    .sort((a, b) => comparePositions(a.position, b.position))
    .map(({ c, position }, i) => describeMatch(child, c, position, i + 1, now));
}
