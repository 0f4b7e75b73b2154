import {
  DeclineReason,
  DelayReason,
  type RequestStatus,
  STREAMS,
  type Stream,
  WithdrawOutcome,
} from '../contract/enums.js';
import { effectiveRequestStatus, refreshDueOf } from './requests.js';
import {
  ALL,
  type Cell,
  cellOf,
  coordinates,
  distribution,
  figureKey,
  marginRelations,
  type Relation,
  SUPPRESS_BELOW,
  shown,
  suppressionPattern,
  withheld,
} from './suppression.js';
import { DAY_MS, isoDay } from './time.js';
import type { Period } from './usage.js';

/** A request as the demand figures need it; the id only joins it to its placement. */
export interface DemandRequest {
  id: string;
  stream: Stream;
  /** Region of the child's home LA. */
  homeRegionCode: string;
  status: RequestStatus;
  unmet: boolean;
  createdAt: string;
  placedAt?: string | null;
  withdrawnAt?: string | null;
  /** What happened to the child, when withdrawn. */
  outcome?: WithdrawOutcome | null;
  refreshDueAt?: string | null;
  /** Referrals made for it (the request keeps their ids). */
  referralIds?: ReadonlySet<string> | readonly string[] | null;
}

export interface DemandPlacement {
  requestId: string;
  stream: Stream;
  homeRegionCode: string;
  distanceKm: number;
  stepDownReadyFrom?: string | null;
  plannedDestination?: string | null;
  delayReason?: DelayReason | null;
  dischargedAt?: string | null;
}

export interface DemandDecline {
  stream: Stream;
  homeRegionCode: string;
  declineReason: DeclineReason;
  decidedAt: string;
}

const REASONS = DeclineReason.options;
const OUTCOMES = WithdrawOutcome.options;
/** Why children ready to leave were still there; `not_given` when nobody said. */
const DELAYS = [...DelayReason.options, 'not_given'] as const;
type Delay = (typeof DELAYS)[number];
const inPeriod = (iso: string, p: Period) => iso.slice(0, 10) >= p.from && iso.slice(0, 10) <= p.to;
/** Days between two instants to one decimal place, never negative. */
const days = (fromMs: number, toMs: number) => Math.max(0, Math.round((toMs - fromMs) / (DAY_MS / 10)) / 10);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** How long a request waited: to its placement, or while unplaced until withdrawn or now. */
export function waitingDays(r: DemandRequest, now: Date): number {
  const end = r.placedAt ?? r.withdrawnAt ?? now.toISOString();
  return days(Date.parse(r.createdAt), Date.parse(end));
}

/** "Ready but still here": from the readyFrom date to discharge, or to now while still placed. */
export function stepDownWaitingDays(p: DemandPlacement, now: Date): number {
  return days(
    Date.parse(`${p.stepDownReadyFrom}T00:00:00Z`),
    Date.parse(p.dischargedAt ?? now.toISOString()),
  );
}

/** One group's children behind each figure, before anything is withheld. */
interface Group {
  requests: number;
  placed: number;
  unplaced: number;
  unmet: number;
  waits: number[];
  distances: number[];
  declines: Partial<Record<DeclineReason, number>>;
  outcomes: Partial<Record<WithdrawOutcome, number>>;
  lapsed: number;
  /** Referrals made for the requests that were placed. */
  referralsOfPlaced: number;
  stepDownWaits: number[];
  stepDownByDelay: Partial<Record<Delay, number[]>>;
  bedsForecastToFree: number;
}

const emptyGroup = (): Group => ({
  requests: 0,
  placed: 0,
  unplaced: 0,
  unmet: 0,
  waits: [],
  distances: [],
  declines: {},
  outcomes: {},
  lapsed: 0,
  referralsOfPlaced: 0,
  stepDownWaits: [],
  stepDownByDelay: {},
  bedsForecastToFree: 0,
});

/** The counts that are published, under their measure names (the keys of the suppression table). */
const COUNTS = [
  'requests',
  'placed',
  'unplaced',
  'unmet',
  'lapsed',
  'stepDownReady',
  'bedsForecastToFree',
] as const;

function countsOf(g: Group): Record<(typeof COUNTS)[number], number> {
  return {
    requests: g.requests,
    placed: g.placed,
    unplaced: g.unplaced,
    unmet: g.unmet,
    lapsed: g.lapsed,
    stepDownReady: g.stepDownWaits.length,
    bedsForecastToFree: g.bedsForecastToFree,
  };
}

/**
 * Demand for secure beds from requests created in the period: how many, placed or not, no match
 * found, how long children waited, why holds were declined, how far children were placed from
 * home, and how long children ready to step down stayed; nationally, by region of the child's
 * home LA, by stream, and by region and stream. Every count of children under 5 is withheld,
 * and enough others that none can be worked out from the totals; medians and p90s over fewer
 * than 5 children are withheld.
 *
 * Populations: requests created in the period (requests, placed, unplaced, unmet, waits, and
 * the distance of their placements); holds declined in the period (declines); placements whose
 * `stepDownReadyFrom` falls in the period and has arrived (step-down waits); placements still
 * active with a step-down date and planned destination now (beds forecast to free).
 */
export function summariseDemand(args: {
  requests: readonly DemandRequest[];
  placements: readonly DemandPlacement[];
  declines: readonly DemandDecline[];
  period: Period;
  regions: readonly string[];
  now: Date;
}) {
  const { period, now } = args;
  const today = isoDay(now);
  const requests = args.requests.filter((r) => inPeriod(r.createdAt, period));
  const cohort = new Set(requests.map((r) => r.id));
  const declines = args.declines.filter((d) => inPeriod(d.decidedAt, period));
  const regions = [
    ...new Set([
      ...args.regions,
      ...requests.map((r) => r.homeRegionCode),
      ...args.placements.map((p) => p.homeRegionCode),
      ...declines.map((d) => d.homeRegionCode),
    ]),
  ].sort();
  const dims = [regions, STREAMS] as const;

  const groups = new Map<string, Group>(coordinates(dims).map((c) => [c.join('|'), emptyGroup()]));
  const into = (regionCode: string, stream: Stream, add: (g: Group) => void) => {
    for (const c of [
      [regionCode, stream],
      [regionCode, ALL],
      [ALL, stream],
      [ALL, ALL],
    ])
      add(groups.get(c.join('|')) as Group);
  };
  for (const r of requests) {
    const placed = r.status === 'placed';
    const wait = waitingDays(r, now);
    const lapsed =
      effectiveRequestStatus(
        r.status,
        refreshDueOf({ refreshDueAt: r.refreshDueAt ?? undefined, createdAt: r.createdAt }),
        now,
      ) === 'lapsed';
    const referrals = r.referralIds ? [...r.referralIds].length : 0;
    into(r.homeRegionCode, r.stream, (g) => {
      g.requests += 1;
      if (placed) {
        g.placed += 1;
        g.referralsOfPlaced += referrals;
      } else g.unplaced += 1;
      if (r.unmet && !placed) g.unmet += 1;
      if (lapsed) g.lapsed += 1;
      if (r.status === 'withdrawn') {
        const outcome = r.outcome ?? 'other';
        g.outcomes[outcome] = (g.outcomes[outcome] ?? 0) + 1;
      }
      g.waits.push(wait);
    });
  }
  for (const p of args.placements) {
    if (cohort.has(p.requestId))
      into(p.homeRegionCode, p.stream, (g) => g.distances.push(round1(p.distanceKm)));
    const ready = p.stepDownReadyFrom;
    if (ready && ready >= period.from && ready <= period.to && ready <= today) {
      const wait = stepDownWaitingDays(p, now);
      const delay: Delay = p.delayReason ?? 'not_given';
      into(p.homeRegionCode, p.stream, (g) => {
        g.stepDownWaits.push(wait);
        g.stepDownByDelay[delay] = [...(g.stepDownByDelay[delay] ?? []), wait];
      });
    }
    if (ready && p.plannedDestination && !p.dischargedAt)
      into(p.homeRegionCode, p.stream, (g) => {
        g.bedsForecastToFree += 1;
      });
  }
  for (const d of declines)
    into(d.homeRegionCode, d.stream, (g) => {
      g.declines[d.declineReason] = (g.declines[d.declineReason] ?? 0) + 1;
    });

  // Every published count in one table, with every relation between them, so that one pattern
  // protects them all: margins of each measure; requests = placed + unplaced; declines = Σ reasons.
  const counts = new Map<string, number>();
  const relations: Relation[] = [];
  for (const coords of coordinates(dims)) {
    const g = groups.get(coords.join('|')) as Group;
    for (const [measure, n] of Object.entries(countsOf(g))) counts.set(figureKey(measure, coords), n);
    counts.set(figureKey('declines', [...coords, ALL]), sum(Object.values(g.declines)));
    for (const reason of REASONS)
      counts.set(figureKey('declines', [...coords, reason]), g.declines[reason] ?? 0);
    counts.set(figureKey('outcomes', [...coords, ALL]), sum(Object.values(g.outcomes)));
    for (const outcome of OUTCOMES)
      counts.set(figureKey('outcomes', [...coords, outcome]), g.outcomes[outcome] ?? 0);
    counts.set(figureKey('stepDownDelays', [...coords, ALL]), g.stepDownWaits.length);
    for (const delay of DELAYS)
      counts.set(figureKey('stepDownDelays', [...coords, delay]), g.stepDownByDelay[delay]?.length ?? 0);
    // The same children as stepDownReady: one may not be shown while the other is withheld.
    relations.push({
      total: figureKey('stepDownReady', coords),
      parts: [figureKey('stepDownDelays', [...coords, ALL])],
    });
    relations.push({
      total: figureKey('requests', coords),
      parts: [figureKey('placed', coords), figureKey('unplaced', coords)],
    });
  }
  for (const measure of COUNTS) relations.push(...marginRelations(measure, dims));
  relations.push(...marginRelations('declines', [regions, STREAMS, REASONS]));
  relations.push(...marginRelations('outcomes', [regions, STREAMS, OUTCOMES]));
  relations.push(...marginRelations('stepDownDelays', [regions, STREAMS, DELAYS]));
  const hidden = suppressionPattern(counts, relations);
  const cell = (measure: string, coords: readonly string[]): Cell =>
    cellOf(figureKey(measure, coords), counts, hidden);

  const figures = (coords: string[]) => {
    const g = groups.get(coords.join('|')) as Group;
    return {
      requests: cell('requests', coords),
      placed: cell('placed', coords),
      unplaced: cell('unplaced', coords),
      unmet: cell('unmet', coords),
      lapsed: cell('lapsed', coords),
      unplacedByOutcome: Object.fromEntries(
        OUTCOMES.map((o) => [o, cell('outcomes', [...coords, o])]),
      ) as Record<WithdrawOutcome, Cell>,
      referralsPerPlacement: perPlacement(g, cell('placed', coords)),
      waitingDays: distribution(g.waits),
      declines: {
        total: cell('declines', [...coords, ALL]),
        byReason: Object.fromEntries(REASONS.map((r) => [r, cell('declines', [...coords, r])])) as Record<
          DeclineReason,
          Cell
        >,
      },
      distanceKm: distribution(g.distances),
      stepDown: {
        ready: cell('stepDownReady', coords),
        waitingDays: distribution(g.stepDownWaits),
        byDelayReason: Object.fromEntries(
          DELAYS.map((d) => [
            d,
            {
              ready: cell('stepDownDelays', [...coords, d]),
              waitingDays: distribution(g.stepDownByDelay[d] ?? []),
            },
          ]),
        ) as Record<Delay, { ready: Cell; waitingDays: ReturnType<typeof distribution> }>,
      },
      bedsForecastToFree: cell('bedsForecastToFree', coords),
    };
  };

  return {
    from: period.from,
    to: period.to,
    national: figures([ALL, ALL]),
    byRegion: regions.map((regionCode) => ({ regionCode, ...figures([regionCode, ALL]) })),
    byStream: STREAMS.map((stream) => ({ stream, ...figures([ALL, stream]) })),
    byRegionAndStream: regions.flatMap((regionCode) =>
      STREAMS.map((stream) => ({ regionCode, stream, ...figures([regionCode, stream]) })),
    ),
  };
}

/** Referrals made per request placed, to one decimal; withheld with fewer than 5 placements behind it. */
function perPlacement(g: Group, placed: Cell): Cell {
  if (placed.suppressed || g.placed < SUPPRESS_BELOW) return withheld();
  return shown(round1(g.referralsOfPlaced / g.placed));
}

function sum(values: readonly (number | undefined)[]): number {
  return values.reduce<number>((a, b) => a + (b ?? 0), 0);
}

type DemandSummary = ReturnType<typeof summariseDemand>;
export type DemandFigures = DemandSummary['national'];
