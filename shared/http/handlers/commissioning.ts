import { Capacity, Demand, Usage } from '../../contract/commissioning.js';
import { DEPARTMENT_BY_STREAM, DeclineReason, STREAMS, WithdrawOutcome } from '../../contract/enums.js';
import { EmptyQuery, PeriodQuery } from '../../contract/schemas.js';
import { DEPARTMENT_SHARES_ILLUSTRATIVE } from '../../data/department-shares.js';
import { REGIONS } from '../../data/local-authorities.js';
import { regionName } from '../../data/lookup.js';
import type { summariseCapacity } from '../../domain/capacity.js';
import { type DemandFigures, summariseDemand } from '../../domain/demand.js';
import { commissioningPeriod } from '../../domain/period.js';
import { summariseForecast } from '../../domain/step-down.js';
import type { Cell } from '../../domain/suppression.js';
import { isoDay } from '../../domain/time.js';
import { summariseUsage } from '../../domain/usage.js';
import type { Store } from '../../store/index.js';
import { isServicePlacement } from '../../store/records.js';
import { toCsv } from '../csv.js';
import { route } from '../types.js';

const WHO = ['commissioner', 'coordinator'] as const;

/** Beds expected to free in 24 and 72 hours: one Query of the planned-discharge index, apart from the counters. */
async function capacityForecast(store: Store, now: Date) {
  const [within24, within72] = await store.placements.forecast(now);
  return summariseForecast(within24 ?? [], within72 ?? [], STREAMS);
}

const ENGLAND = REGIONS.map((r) => r.code);
const withName = <T extends { regionCode: string }>(r: T) => ({ ...r, regionName: regionName(r.regionCode) });

/** A unit's beds from its counter: the `total` of each stream they are counted in. */
const placesIn = (c: { counts?: Record<string, number> }) =>
  Object.entries(c.counts ?? {}).reduce((n, [k, v]) => (k.endsWith(':total') ? n + v : n), 0);

/** Each department's contracted beds, from the units' counters. */
function contractedBedsOf(counters: { contracted?: Record<string, number> }[]) {
  const out = { DfE: 0, MoJ: 0, DHSC: 0 };
  for (const c of counters) for (const d of ['DfE', 'MoJ', 'DHSC'] as const) out[d] += c.contracted?.[d] ?? 0;
  return out;
}

/** CSV convention for withheld figures: `c`, as DfE publishes them; never an empty cell. */
const csvCell = (c: Cell) => (c.suppressed ? 'c' : c.value);

const CSV_NOTE =
  '`Accept: text/csv` gives every table in one CSV (a `scope` column says which); a withheld figure is written `c`, as DfE does';

export const commissioningRoutes = [
  route({
    method: 'GET',
    path: '/v1/capacity',
    group: 'commissioning',
    policy: WHO,
    summary:
      'Beds by state per stream, region and nationally; stale units apart; from counters, as of this call (each process keeps the totals, re-reading only counters whose change stamp moved)',
    query: EmptyQuery,
    response: Capacity,
    csv: true,
    handler: async (ctx) => {
      // From this process's copy of the counters, brought up to date by their change stamps: the
      // same figures as summing every counter now (decision 0013), without reading them all.
      const [summary, forecast] = await Promise.all([
        ctx.deps.store.units.capacity.summary(ctx.now),
        capacityForecast(ctx.deps.store, ctx.now),
      ]);
      const body = {
        generatedAt: ctx.now.toISOString(),
        forecast,
        ...summary,
        byRegion: summary.byRegion.map((r) => ({ ...r, regionName: regionName(r.regionCode) })),
      };
      return {
        status: 200,
        body,
        csv: () =>
          toCsv(
            [
              'scope',
              'stream',
              'regionCode',
              'available',
              'held',
              'occupied',
              'closed',
              'total',
              'units',
              'staleUnits',
              'staleBeds',
              'occupancy',
            ],
            [
              { scope: 'national', ...flat(body.national) },
              ...body.byStream.map((s) => ({ scope: 'stream', stream: s.stream, ...flat(s) })),
              ...body.byRegion.map((r) => ({ scope: 'region', regionCode: r.regionCode, ...flat(r) })),
              ...body.byStreamAndRegion.map((r) => ({
                scope: 'stream_region',
                stream: r.stream,
                regionCode: r.regionCode,
                ...flat(r),
              })),
            ],
          ),
      };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/usage',
    group: 'commissioning',
    policy: WHO,
    summary: `Bed-nights used per department (welfare → DfE, justice → MoJ, mental health → DHSC) and region of the unit, against each department's agreed share of the pooled places; default: the 30 days up to today; at most 366 days (400 beyond). Fewer than 5 children in a cell: null with suppressed: true. ${CSV_NOTE}`,
    query: PeriodQuery,
    response: Usage,
    csv: true,
    handler: async (ctx) => {
      const period = commissioningPeriod(ctx.query, ctx.now);
      // Closed nights come from one kept item each (decision 0015); the rest from the placements,
      // as usage always read them. The figures are the same either way.
      const [{ rows }, capacity] = await Promise.all([
        ctx.deps.store.usageDays.tally(period, ctx.now),
        ctx.deps.store.units.capacity.counters(),
      ]);
      const summary = summariseUsage({
        tally: rows,
        pooledPlaces: capacity.reduce((n, i) => n + placesIn(i), 0),
        contractedBeds: contractedBedsOf(capacity),
        period,
        regions: ENGLAND,
        now: ctx.now,
      });
      const body: Usage = {
        generatedAt: ctx.now.toISOString(),
        ...summary,
        sharesIllustrative: DEPARTMENT_SHARES_ILLUSTRATIVE,
        byRegion: summary.byRegion.map(withName),
        byDepartmentAndRegion: summary.byDepartmentAndRegion.map(withName),
      };
      return { status: 200, body, csv: () => usageCsv(body) };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/demand',
    group: 'commissioning',
    policy: WHO,
    summary: `Requests created in the period (default: the 30 days up to today; at most 366 days, 400 beyond): placed, unplaced, unmet, waiting days, declines by reason, distance placed, step-down waits and beds forecast to free; nationally, by region of the child's home LA, by stream, and both. Fewer than 5 children in a cell (or a figure that would reveal one): null with suppressed: true. ${CSV_NOTE}`,
    query: PeriodQuery,
    response: Demand,
    csv: true,
    handler: async (ctx) => {
      const { store, holdMinutes } = ctx.deps;
      const period = commissioningPeriod(ctx.query, ctx.now);
      // Closed days whose requests are all settled come from one kept item each (decision 0013);
      // the rest is read as it always was. The figures are the same either way.
      const [{ requests, declines }, placements] = await Promise.all([
        store.demandDays.inputs(period, ctx.now, holdMinutes),
        store.placements.startedBy(isoDay(ctx.now)),
      ]);
      const summary = summariseDemand({
        requests,
        // Occupancy recorded from outside the service has no request behind it: not demand.
        placements: placements.filter(isServicePlacement),
        // Declines from holds and from referrals together: each is a home saying no, with a reason.
        declines,
        period,
        regions: ENGLAND,
        now: ctx.now,
      });
      const body: Demand = {
        generatedAt: ctx.now.toISOString(),
        ...summary,
        byRegion: summary.byRegion.map(withName),
        byStream: summary.byStream.map((s) => ({ ...s, department: DEPARTMENT_BY_STREAM[s.stream] })),
        byRegionAndStream: summary.byRegionAndStream.map((r) => ({
          ...withName(r),
          department: DEPARTMENT_BY_STREAM[r.stream],
        })),
      };
      return { status: 200, body, csv: () => demandCsv(body) };
    },
  }),
];

function usageCsv(u: Usage): string {
  const figures = (f: { placements: Cell; bedNights: Cell; usedOfAgreed?: Cell }) => ({
    placements: csvCell(f.placements),
    bedNights: csvCell(f.bedNights),
    usedOfAgreed: f.usedOfAgreed ? csvCell(f.usedOfAgreed) : undefined,
  });
  const period = { from: u.from, to: u.to };
  return toCsv(
    [
      'scope',
      'from',
      'to',
      'department',
      'stream',
      'regionCode',
      'regionName',
      'share',
      'agreedBedNights',
      'placements',
      'bedNights',
      'usedOfAgreed',
      'contractedBeds',
      'flexBedNights',
      'lentBedNights',
    ],
    [
      { scope: 'national', ...period, agreedBedNights: u.national.agreedBedNights, ...figures(u.national) },
      ...u.byDepartment.map((d) => ({
        scope: 'department',
        ...period,
        department: d.department,
        stream: d.stream,
        share: d.share,
        agreedBedNights: d.agreedBedNights,
        ...figures(d),
        contractedBeds: d.contractedBeds,
        flexBedNights: csvCell(d.flexBedNights),
        lentBedNights: csvCell(d.lentBedNights),
      })),
      ...u.byRegion.map((r) => ({
        scope: 'region',
        ...period,
        regionCode: r.regionCode,
        regionName: r.regionName,
        ...figures(r),
      })),
      ...u.byDepartmentAndRegion.map((r) => ({
        scope: 'department_region',
        ...period,
        department: r.department,
        stream: r.stream,
        regionCode: r.regionCode,
        regionName: r.regionName,
        ...figures(r),
      })),
    ],
  );
}

const DEMAND_COLUMNS = [
  'requests',
  'placed',
  'unplaced',
  'unmet',
  'lapsed',
  ...WithdrawOutcome.options.map((o) => `unplaced_${o}`),
  'referralsPerPlacement',
  'waitingDaysMedian',
  'waitingDaysP90',
  'declines',
  ...DeclineReason.options.map((r) => `declines_${r}`),
  'distanceKmMedian',
  'distanceKmP90',
  'stepDownReady',
  'stepDownWaitingDaysMedian',
  'stepDownWaitingDaysP90',
  'bedsForecastToFree',
];

function demandRow(f: DemandFigures): Record<string, unknown> {
  return {
    requests: csvCell(f.requests),
    placed: csvCell(f.placed),
    unplaced: csvCell(f.unplaced),
    unmet: csvCell(f.unmet),
    lapsed: csvCell(f.lapsed),
    ...Object.fromEntries(Object.entries(f.unplacedByOutcome).map(([o, c]) => [`unplaced_${o}`, csvCell(c)])),
    referralsPerPlacement: csvCell(f.referralsPerPlacement),
    waitingDaysMedian: csvCell(f.waitingDays.median),
    waitingDaysP90: csvCell(f.waitingDays.p90),
    declines: csvCell(f.declines.total),
    ...Object.fromEntries(Object.entries(f.declines.byReason).map(([r, c]) => [`declines_${r}`, csvCell(c)])),
    distanceKmMedian: csvCell(f.distanceKm.median),
    distanceKmP90: csvCell(f.distanceKm.p90),
    stepDownReady: csvCell(f.stepDown.ready),
    stepDownWaitingDaysMedian: csvCell(f.stepDown.waitingDays.median),
    stepDownWaitingDaysP90: csvCell(f.stepDown.waitingDays.p90),
    bedsForecastToFree: csvCell(f.bedsForecastToFree),
  };
}

function demandCsv(d: Demand): string {
  const period = { from: d.from, to: d.to };
  return toCsv(
    ['scope', 'from', 'to', 'regionCode', 'regionName', 'stream', 'department', ...DEMAND_COLUMNS],
    [
      { scope: 'national', ...period, ...demandRow(d.national) },
      ...d.byRegion.map((r) => ({
        scope: 'region',
        ...period,
        regionCode: r.regionCode,
        regionName: r.regionName,
        ...demandRow(r),
      })),
      ...d.byStream.map((s) => ({
        scope: 'stream',
        ...period,
        stream: s.stream,
        department: s.department,
        ...demandRow(s),
      })),
      ...d.byRegionAndStream.map((r) => ({
        scope: 'region_stream',
        ...period,
        regionCode: r.regionCode,
        regionName: r.regionName,
        stream: r.stream,
        department: r.department,
        ...demandRow(r),
      })),
    ],
  );
}

function flat(c: ReturnType<typeof summariseCapacity>['national']) {
  return {
    ...c.beds,
    units: c.units,
    staleUnits: c.staleUnits,
    staleBeds: c.staleBeds.total,
    unitsOpen: c.unitsByStatus.open,
    unitsPaused: c.unitsByStatus.paused,
    unitsClosed: c.unitsByStatus.closed,
    occupancy: c.occupancy,
  };
}
