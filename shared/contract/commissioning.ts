import * as z from 'zod';
import { DeclineReason, DelayReason, Department, Stream, WithdrawOutcome } from './enums.js';
import { IsoDate, IsoDateTime } from './schemas.js';

/**
 * A published figure: its value, or `null` with `suppressed: true` when it counts fewer than 5
 * children (or would let such a figure be worked out from the totals). SPEC, "Pooled commissioning".
 */
export const Figure = z
  .union([
    z.strictObject({ value: z.number().min(0), suppressed: z.literal(false) }),
    z.strictObject({ value: z.null(), suppressed: z.literal(true) }),
  ])
  .describe('A number, or null with suppressed: true (small-number suppression)')
  .meta({ id: 'Figure' });

/** Median and 90th percentile (nearest rank) of a group of children; median withheld under 5 children, p90 under 10. */
export const Distribution = z.strictObject({ median: Figure, p90: Figure });
const DelayFigures = z.strictObject({ ready: Figure, waitingDays: Distribution });

const Region = { regionCode: z.string(), regionName: z.string() };

// ---- GET /v1/usage

const UsageFigures = { placements: Figure, bedNights: Figure };

export const Usage = z.strictObject({
  generatedAt: IsoDateTime,
  from: IsoDate,
  to: IsoDate,
  nights: z.number().int().min(1),
  pooledPlaces: z.number().int().min(0).describe('Total beds of every unit, from the capacity counters'),
  sharesIllustrative: z
    .boolean()
    .describe(
      'True while the contracts behind the shares are illustrative (the 2016 YCS split; tier 4 invented)',
    ),
  national: z.strictObject({
    ...UsageFigures,
    agreedBedNights: z.number().min(0),
    usedOfAgreed: Figure.describe('bed-nights used ÷ agreed (1 = exactly the agreed share)'),
  }),
  byDepartment: z.array(
    z.strictObject({
      department: Department,
      stream: Stream,
      contractedBeds: z.number().int().min(0).describe('Beds contracted to the department in the pool'),
      share: z.number().min(0).max(1).describe('contractedBeds ÷ pooled places'),
      agreedBedNights: z.number().min(0).describe('share × pooled places × nights'),
      ...UsageFigures,
      usedOfAgreed: Figure,
      flexBedNights: Figure.describe('Nights its children spent in beds contracted to another department'),
      lentBedNights: Figure.describe('Nights its contracted beds served other departments’ children'),
    }),
  ),
  byRegion: z.array(z.strictObject({ ...Region, ...UsageFigures })),
  byDepartmentAndRegion: z.array(
    z.strictObject({ department: Department, stream: Stream, ...Region, ...UsageFigures }),
  ),
});
export type Usage = z.infer<typeof Usage>;

// ---- GET /v1/demand

export const DemandFigures = z.strictObject({
  requests: Figure,
  placed: Figure,
  unplaced: Figure.describe('open or withdrawn'),
  unmet: Figure.describe('unplaced, and the last search found no unit that fits'),
  lapsed: Figure.describe('open, but not confirmed as still needed by its refreshDueAt'),
  unplacedByOutcome: z
    .strictObject(
      Object.fromEntries(WithdrawOutcome.options.map((o) => [o, Figure])) as Record<
        WithdrawOutcome,
        typeof Figure
      >,
    )
    .describe('withdrawn requests by what happened to the child'),
  referralsPerPlacement: Figure.describe('referrals made per request placed (one decimal)'),
  waitingDays: Distribution.describe('created → placed; unplaced: → withdrawn, or now'),
  declines: z.strictObject({
    total: Figure,
    byReason: z.strictObject(
      Object.fromEntries(DeclineReason.options.map((r) => [r, Figure])) as Record<
        DeclineReason,
        typeof Figure
      >,
    ),
  }),
  distanceKm: Distribution.describe('from the home LA to the unit, for the requests placed'),
  stepDown: z.strictObject({
    ready: Figure.describe('placements whose readyFrom falls in the period'),
    waitingDays: Distribution.describe('readyFrom → discharge, or now'),
    byDelayReason: z
      .strictObject(
        Object.fromEntries([...DelayReason.options, 'not_given'].map((r) => [r, DelayFigures])) as Record<
          DelayReason | 'not_given',
          typeof DelayFigures
        >,
      )
      .describe('the same children and waits by why they could not leave (`not_given`: no reason recorded)'),
  }),
  bedsForecastToFree: Figure.describe('placements active now with a step-down date and planned destination'),
});

export const Demand = z.strictObject({
  generatedAt: IsoDateTime,
  from: IsoDate,
  to: IsoDate,
  national: DemandFigures,
  byRegion: z.array(DemandFigures.extend(Region)),
  byStream: z.array(DemandFigures.extend({ stream: Stream, department: Department })),
  byRegionAndStream: z.array(DemandFigures.extend({ ...Region, stream: Stream, department: Department })),
});
export type Demand = z.infer<typeof Demand>;

// ---- GET /v1/capacity (bed counts are not suppressed: they count beds, not children)

const BedTotals = z.strictObject({
  available: z.number().int(),
  held: z.number().int(),
  occupied: z.number().int(),
  closed: z.number().int(),
  total: z.number().int(),
});

const CapacityCell = {
  beds: BedTotals.describe('Beds of units confirmed in the last 24 hours'),
  staleBeds: BedTotals.describe('Beds of stale units, counted apart rather than trusted'),
  units: z.number().int(),
  staleUnits: z.number().int(),
  unitsByStatus: z
    .strictObject({ open: z.number().int(), paused: z.number().int(), closed: z.number().int() })
    .describe('Units by register status: only open units are matched, referred to or held'),
  occupancy: z.number().min(0).max(1).nullable().describe('occupied ÷ total over fresh units'),
};

const Freeing = {
  next24h: z
    .number()
    .int()
    .min(0)
    .describe('beds whose child is planned to leave by the day 24 hours from now'),
  next72h: z.number().int().min(0).describe('the same within 72 hours (includes next24h)'),
};
/** Beds expected to free from planned discharges (a step-down's `plannedDischargeOn`), where the bed is. */
export const CapacityForecast = z.strictObject({
  ...Freeing,
  byStream: z.array(z.strictObject({ stream: Stream, ...Freeing })),
  byRegion: z.array(z.strictObject({ regionCode: z.string(), ...Freeing })),
});

export const Capacity = z.strictObject({
  generatedAt: IsoDateTime,
  forecast: CapacityForecast,
  national: z.strictObject(CapacityCell),
  byStream: z.array(z.strictObject({ stream: Stream, ...CapacityCell })),
  byRegion: z.array(z.strictObject({ ...Region, ...CapacityCell })),
  byStreamAndRegion: z.array(z.strictObject({ stream: Stream, regionCode: z.string(), ...CapacityCell })),
});
