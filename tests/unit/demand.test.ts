import { describe, expect, it } from 'vitest';
import {
  type DemandDecline,
  type DemandPlacement,
  type DemandRequest,
  stepDownWaitingDays,
  summariseDemand,
  waitingDays,
} from '../../shared/domain/demand.js';

const NOW = new Date('2026-03-31T12:00:00Z');
const MARCH = { from: '2026-03-01', to: '2026-03-30' };
const REGIONS = ['E12000001', 'E12000003', 'E12000009'];
const [NE, YH, SW] = REGIONS as [string, string, string];

let seq = 0;
const request = (over: Partial<DemandRequest> = {}): DemandRequest => ({
  id: `req_${++seq}`,
  stream: 'welfare',
  homeRegionCode: NE,
  status: 'open',
  unmet: false,
  createdAt: '2026-03-10T09:00:00Z',
  ...over,
});
const placedFrom = (r: DemandRequest, over: Partial<DemandPlacement> = {}): DemandPlacement => ({
  requestId: r.id,
  stream: r.stream,
  homeRegionCode: r.homeRegionCode,
  distanceKm: 40,
  ...over,
});
const summarise = (args: {
  requests?: DemandRequest[];
  placements?: DemandPlacement[];
  declines?: DemandDecline[];
}) =>
  summariseDemand({
    requests: args.requests ?? [],
    placements: args.placements ?? [],
    declines: args.declines ?? [],
    period: MARCH,
    regions: REGIONS,
    now: NOW,
  });
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe('waiting days', () => {
  it('run from the request to its placement', () => {
    const r = request({ status: 'placed', placedAt: '2026-03-12T21:00:00Z' });
    expect(waitingDays(r, NOW)).toBe(2.5);
  });

  it('run to the withdrawal, or to now while still open', () => {
    expect(waitingDays(request({ status: 'withdrawn', withdrawnAt: '2026-03-11T09:00:00Z' }), NOW)).toBe(1);
    expect(waitingDays(request(), NOW)).toBe(21.1);
  });

  it('for step-down run from the ready date to discharge, or to now', () => {
    const p = placedFrom(request(), { stepDownReadyFrom: '2026-03-20' });
    expect(stepDownWaitingDays({ ...p, dischargedAt: '2026-03-27T00:00:00Z' }, NOW)).toBe(7);
    expect(stepDownWaitingDays(p, NOW)).toBe(11.5);
  });
});

describe('the demand summary', () => {
  it('counts requests created in the period as placed or unplaced, and unmet among the unplaced', () => {
    const requests = [
      ...times(6, () => request({ status: 'placed', placedAt: '2026-03-11T09:00:00Z' })),
      ...times(5, () => request({ unmet: true })),
      ...times(2, () => request({ status: 'withdrawn', withdrawnAt: '2026-03-12T09:00:00Z' })),
      request({ createdAt: '2026-02-27T09:00:00Z' }), // before the period
    ];
    const d = summarise({ requests });
    expect(d.national).toMatchObject({
      requests: { value: 13, suppressed: false },
      placed: { value: 6, suppressed: false },
      unplaced: { value: 7, suppressed: false },
      unmet: { value: 5, suppressed: false },
    });
    expect(d.national.waitingDays.median).toEqual({ value: 2, suppressed: false });
  });

  it('measures distance only for placements of requests in the period', () => {
    const inPeriod = times(10, (i) =>
      request({ status: 'placed', placedAt: '2026-03-11T09:00:00Z', id: `in_${i}` }),
    );
    const before = request({ createdAt: '2026-02-01T09:00:00Z', status: 'placed' });
    const placements = [
      ...inPeriod.map((r, i) => placedFrom(r, { distanceKm: 10 * (i + 1) })),
      placedFrom(before, { distanceKm: 900 }),
    ];
    const d = summarise({ requests: [...inPeriod, before], placements });
    expect(d.national.distanceKm).toEqual({
      median: { value: 50, suppressed: false },
      p90: { value: 90, suppressed: false },
    });
  });

  it('counts declines decided in the period by reason, withholding small reasons', () => {
    const decline = (
      reason: DemandDecline['declineReason'],
      decidedAt = '2026-03-05T10:00:00Z',
    ): DemandDecline => ({
      stream: 'welfare',
      homeRegionCode: NE,
      declineReason: reason,
      decidedAt,
    });
    const counts: Record<DemandDecline['declineReason'], number> = {
      no_suitable_bed: 9,
      staffing: 7,
      mix_of_children: 8,
      needs_not_met: 6,
      risk_to_others: 12,
      age_or_sex: 5,
      legal_status: 10,
      distance: 2,
      other: 11,
    };
    const declines = [
      ...Object.entries(counts).flatMap(([reason, n]) =>
        times(n, () => decline(reason as DemandDecline['declineReason'])),
      ),
      decline('staffing', '2026-04-02T10:00:00Z'), // after the period
    ];
    const d = summarise({ declines });
    const reasons = d.national.declines.byReason;
    expect(reasons.distance).toEqual({ value: null, suppressed: true });
    // Otherwise total − the other reasons would give `distance`: the smallest other reason goes too.
    expect(reasons.age_or_sex).toEqual({ value: null, suppressed: true });
    expect(reasons.staffing).toEqual({ value: 7, suppressed: false });
    expect(d.national.declines.total).toEqual({ value: 70, suppressed: false });
  });

  it('measures step-down waits for placements ready in the period, and forecasts beds from active ones', () => {
    const placements = times(6, (i) =>
      placedFrom(request(), {
        stepDownReadyFrom: '2026-03-20',
        plannedDestination: 'foster_care',
        dischargedAt: i < 1 ? '2026-03-21T00:00:00Z' : null,
      }),
    );
    const d = summarise({ placements });
    expect(d.national.stepDown.ready).toEqual({ value: 6, suppressed: false });
    expect(d.national.stepDown.waitingDays.median).toEqual({ value: 11.5, suppressed: false });
    expect(d.national.bedsForecastToFree).toEqual({ value: 5, suppressed: false });
  });

  it('withholds a small region, the next smallest with it, and their medians', () => {
    const requests = [
      ...times(3, () => request({ homeRegionCode: NE })),
      ...times(6, () => request({ homeRegionCode: YH })),
      ...times(9, () => request({ homeRegionCode: SW })),
    ];
    const d = summarise({ requests });
    const byRegion = Object.fromEntries(d.byRegion.map((r) => [r.regionCode, r]));
    expect(byRegion[NE]?.requests).toEqual({ value: null, suppressed: true });
    expect(byRegion[NE]?.waitingDays.median.suppressed).toBe(true);
    // Otherwise national − the other regions would give the North East.
    expect(byRegion[YH]?.requests).toEqual({ value: null, suppressed: true });
    expect(byRegion[YH]?.waitingDays.median.suppressed).toBe(false);
    expect(byRegion[SW]?.requests).toEqual({ value: 9, suppressed: false });
    expect(d.national.requests).toEqual({ value: 18, suppressed: false });
  });

  it('lists every region and stream, showing 0 where nobody is counted', () => {
    const d = summarise({});
    expect(d.byRegion.map((r) => r.regionCode)).toEqual(REGIONS);
    expect(d.byRegionAndStream).toHaveLength(9);
    expect(d.national.requests).toEqual({ value: 0, suppressed: false });
  });
});
