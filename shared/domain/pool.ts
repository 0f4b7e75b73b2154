import { DEPARTMENT_BY_STREAM, type Department, STREAMS, type Stream } from '../contract/enums.js';
import { HOUR_MS } from './time.js';

/**
 * The pooled register's one rule: which child may take which free bed now, and in what order a
 * hold or a referral acceptance takes a unit's beds. Matching, holds, referral acceptance,
 * capacity and the register all ask these functions, so they can never disagree (SPEC, "Pool
 * rules"; docs/decisions/0005-pooled-register.md).
 */

export type Release = 'always' | 'after_hours' | 'never';

/** One department's rule for lending its contracted beds to the other departments' children. */
export interface PoolRule {
  department: Department;
  release: Release;
  /** For `after_hours`: how long a contracted bed must have been free before it is lent. */
  afterHours?: number;
}

export type PoolRules = Readonly<Record<Department, PoolRule>>;

export const DEPARTMENTS: readonly Department[] = STREAMS.map((s) => DEPARTMENT_BY_STREAM[s]);

/** With no rule set, every department lends its free beds at once (SPEC: default `always`). */
export const DEFAULT_POOL_RULES: PoolRules = Object.fromEntries(
  DEPARTMENTS.map((d) => [d, { department: d, release: 'always' }]),
) as unknown as PoolRules;

/** The rules as stored (any subset, any order) completed with the defaults. */
export function poolRulesOf(stored: readonly PoolRule[] | undefined): PoolRules {
  const out: Record<string, PoolRule> = { ...DEFAULT_POOL_RULES };
  for (const r of stored ?? []) out[r.department] = r;
  return out as PoolRules;
}

/** The stream each department commissions. */
const STREAM_OF_DEPARTMENT = Object.fromEntries(STREAMS.map((s) => [DEPARTMENT_BY_STREAM[s], s])) as Record<
  Department,
  Stream
>;

/** What the rule needs to know of a free bed. */
export interface PoolBed {
  eligibleStreams: readonly Stream[];
  contractedTo: Department | null;
  /** When the bed last became free; absent: not known, so never "free long enough". */
  freeSince?: string;
}

/** Is the bed contracted to another department than the child's (taking it is a loan: `flex`)? */
export function isFlex(bed: Pick<PoolBed, 'contractedTo'>, stream: Stream): boolean {
  return bed.contractedTo !== null && bed.contractedTo !== DEPARTMENT_BY_STREAM[stream];
}

/**
 * May a child of `stream` take this free bed now? Only if the bed's registration lets it serve
 * the stream, and it is the child's own department's, a pooled spot bed, or another department's
 * bed that department releases now: `always`; `after_hours` once it has been free that long;
 * `never` not at all.
 */
export function mayTake(bed: PoolBed, stream: Stream, rules: PoolRules, now: Date): boolean {
  if (!bed.eligibleStreams.includes(stream)) return false;
  if (!isFlex(bed, stream)) return true;
  const rule = rules[bed.contractedTo as Department];
  if (rule.release === 'always') return true;
  if (rule.release === 'never') return false;
  const since = bed.freeSince ? Date.parse(bed.freeSince) : Number.NaN;
  if (Number.isNaN(since)) return false;
  return now.getTime() - since >= (rule.afterHours ?? 0) * HOUR_MS;
}

/** 0: the child's own department's bed; 1: a pooled spot bed; 2: another department's released bed. */
function choiceRank(bed: Pick<PoolBed, 'contractedTo'>, stream: Stream): 0 | 1 | 2 {
  if (bed.contractedTo === null) return 1;
  return isFlex(bed, stream) ? 2 : 0;
}

/**
 * The beds a child of `stream` may take now, in the order a hold or referral acceptance tries
 * them: own department's, then pooled spot beds, then other departments' released beds. Within a
 * rank the caller's order is kept (the store shuffles it so concurrent callers spread out).
 */
export function bedsInChoiceOrder<T extends PoolBed>(
  beds: readonly T[],
  stream: Stream,
  rules: PoolRules,
  now: Date,
): T[] {
  return beds
    .map((bed, i) => ({ bed, i, rank: choiceRank(bed, stream) }))
    .filter(({ bed }) => mayTake(bed, stream, rules, now))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ bed }) => bed);
}

/** The bed a counter is filed under: its contracting department's stream when it may serve it, else its first. */
export function countingStream(bed: Pick<PoolBed, 'eligibleStreams' | 'contractedTo'>): Stream {
  const own = bed.contractedTo ? STREAM_OF_DEPARTMENT[bed.contractedTo] : undefined;
  return own && bed.eligibleStreams.includes(own) ? own : (bed.eligibleStreams[0] as Stream);
}

interface StreamAvailability {
  /** Free beds a child of each stream could be given now (a bed may count in several streams). */
  availability: Partial<Record<Stream, number>>;
  /** Per stream: true when every such bed is another department's released bed. */
  flex: Partial<Record<Stream, boolean>>;
  /** Free beds, each counted once. */
  freeBeds: number;
}

/** A unit's availability per stream under the rules, from its free beds. */
export function availabilityOf(
  beds: readonly PoolBed[],
  streams: readonly Stream[],
  rules: PoolRules,
  now: Date,
): StreamAvailability {
  const availability: Partial<Record<Stream, number>> = {};
  const flex: Partial<Record<Stream, boolean>> = {};
  for (const s of streams) {
    const usable = beds.filter((b) => mayTake(b, s, rules, now));
    availability[s] = usable.length;
    flex[s] = usable.length > 0 && usable.every((b) => isFlex(b, s));
  }
  return { availability, flex, freeBeds: beds.length };
}

/** Whether a unit could offer a bed now: to the stream asked for, or to any stream it takes. */
export function offersBed(availability: Partial<Record<Stream, number>>, stream?: Stream): boolean {
  return stream ? (availability[stream] ?? 0) > 0 : Object.values(availability).some((n) => n > 0);
}
