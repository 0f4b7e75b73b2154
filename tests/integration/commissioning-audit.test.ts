import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '../../shared/data/local-authorities.js';
import { summariseDemand } from '../../shared/domain/demand.js';
import { bedNights, summariseUsage } from '../../shared/domain/usage.js';
import { as, type Client } from '../support/app.js';
import {
  ASKED_AT,
  CONTRACTED_BEDS,
  PERIOD,
  POOLED_PLACES,
  type Rebuilt,
  rebuildFromAudit,
  runScenario,
  type Scenario,
} from './commissioning-scenario.js';

let scenario: Scenario;
let commissioner: Client;
let rebuilt: Rebuilt;
const ENGLAND = REGIONS.map((r) => r.code);
const query = `from=${PERIOD.from}&to=${PERIOD.to}`;

/** Drops what the handler adds for readers (names), leaving the figures. */
function figuresOnly(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (k, v) =>
    k === 'regionName' || k === 'department' ? undefined : v,
  );
}

beforeAll(async () => {
  scenario = await runScenario();
  commissioner = as(scenario.app, 'commissioner', 'DfE');
  // The whole trail, from the first day of the scenario to the day the figures are asked.
  rebuilt = rebuildFromAudit(
    await scenario.app.store.audit.between(PERIOD.from, ASKED_AT.toISOString().slice(0, 10)),
  );
});
afterAll(() => scenario.app.stop());

describe('demand figures are reproducible from the audit trail', () => {
  it('the demand endpoint equals the same summary rebuilt from audit events alone', async () => {
    const res = await commissioner.get(`/v1/demand?${query}`);
    expect(res.status).toBe(200);
    const fromTrail = summariseDemand({ ...rebuilt, period: PERIOD, regions: ENGLAND, now: ASKED_AT });
    const { generatedAt, ...served } = res.body;
    expect(generatedAt).toBe(ASKED_AT.toISOString());
    expect(figuresOnly(served)).toEqual(figuresOnly(fromTrail));
  });

  it('the headline counts match a plain count of the events', async () => {
    const { body } = await commissioner.get(`/v1/demand?${query}`);
    expect(body.national.requests).toEqual({ value: rebuilt.requests.length, suppressed: false });
    expect(rebuilt.requests).toHaveLength(27);
    expect(body.national.placed).toEqual({ value: 22, suppressed: false });
    expect(body.national.unplaced).toEqual({ value: 5, suppressed: false });
    expect(body.national.declines.total).toEqual({ value: rebuilt.declines.length, suppressed: false });
    // Five staffing declines, but withheld: with the zeros of the other reasons shown, it is the
    // complement that keeps the one small reason from being total − the rest.
    expect(rebuilt.declines.filter((d) => d.declineReason === 'staffing')).toHaveLength(5);
    expect(body.national.declines.byReason.staffing).toEqual({ value: null, suppressed: true });
    expect(body.national.stepDown.ready).toEqual({ value: 6, suppressed: false });
  });

  it('a sub-period gives the figures rebuilt for that sub-period', async () => {
    const period = { from: '2026-10-03', to: '2026-10-12' };
    const res = await commissioner.get(`/v1/demand?from=${period.from}&to=${period.to}`);
    const fromTrail = summariseDemand({ ...rebuilt, period, regions: ENGLAND, now: ASKED_AT });
    const { generatedAt: _, ...served } = res.body;
    expect(figuresOnly(served)).toEqual(figuresOnly(fromTrail));
  });
});

describe('usage figures are reproducible from the audit trail', () => {
  it('the usage endpoint equals the same summary rebuilt from audit events alone', async () => {
    const res = await commissioner.get(`/v1/usage?${query}`);
    expect(res.status).toBe(200);
    const fromTrail = summariseUsage({
      placements: rebuilt.placements,
      pooledPlaces: POOLED_PLACES,
      contractedBeds: CONTRACTED_BEDS,
      period: PERIOD,
      regions: ENGLAND,
      now: ASKED_AT,
    });
    const { generatedAt: _, sharesIllustrative, ...served } = res.body;
    expect(sharesIllustrative).toBe(true);
    expect(figuresOnly(served)).toEqual(figuresOnly(fromTrail));
  });

  it('national bed-nights are the nights each placement in the trail spent in the period', async () => {
    const { body } = await commissioner.get(`/v1/usage?${query}`);
    const nights = rebuilt.placements.reduce((n, p) => n + bedNights(p, PERIOD, ASKED_AT), 0);
    expect(rebuilt.placements).toHaveLength(22);
    expect(body.national.bedNights).toEqual({ value: nights, suppressed: false });
    expect(body.pooledPlaces).toBe(POOLED_PLACES);
    expect(body.byDepartment.find((d: { department: string }) => d.department === 'DfE')).toMatchObject({
      placements: { value: 12, suppressed: false },
      contractedBeds: CONTRACTED_BEDS.DfE,
      agreedBedNights: CONTRACTED_BEDS.DfE * 20,
    });
  });
});
