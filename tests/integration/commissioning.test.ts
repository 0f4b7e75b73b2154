import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '../../shared/data/local-authorities.js';
import { as, type Client } from '../support/app.js';
import { ASKED_AT, PERIOD, runScenario, type Scenario } from './commissioning-scenario.js';

let scenario: Scenario;
let commissioner: Client;
let coordinator: Client;
const period = `from=${PERIOD.from}&to=${PERIOD.to}`;
const COMMISSIONING_PATHS = [
  '/v1/capacity',
  `/v1/usage?${period}`,
  `/v1/demand?${period}`,
  '/v1/usage',
  '/v1/demand',
];

/** Field names that belong to one child's record, never to an aggregate. */
const CHILD_FIELDS = new Set([
  'childRef',
  'id',
  'requestId',
  'holdId',
  'placementId',
  'bedId',
  'ageYears',
  'sex',
  'needs',
  'legalBasis',
  'homeLaCode',
  'laCode',
  'neededBy',
  'createdAt',
  'startedAt',
  'decidedAt',
  'dischargedAt',
  'stepDownReadyFrom',
  'plannedDestination',
  'legalAuthorityEndsOn',
  'declineNote',
]);

function keysOf(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      keysOf(v, into);
    }
  return into;
}

/** Every published figure with where it sits, e.g. ["byRegion.3.requests", {value, suppressed}]. */
function figuresIn(value: unknown, path = ''): [string, { value: number | null; suppressed: boolean }][] {
  if (value && typeof value === 'object' && 'suppressed' in value)
    return [[path, value as { value: number | null; suppressed: boolean }]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => figuresIn(v, path ? `${path}.${k}` : k));
  return [];
}

beforeAll(async () => {
  scenario = await runScenario();
  commissioner = as(scenario.app, 'commissioner', 'DHSC');
  coordinator = as(scenario.app, 'coordinator', 'national');
});
afterAll(() => scenario.app.stop());

describe('commissioning figures are aggregates only', () => {
  it('no response, JSON or CSV, for a commissioner or a coordinator, carries a child-level field or value', async () => {
    const { trail } = scenario;
    expect(new Set(trail.childRefs).size).toBe(27);
    const needles = [...trail.childRefs, ...trail.ids, ...trail.instants];
    for (const caller of [commissioner, coordinator]) {
      for (const path of COMMISSIONING_PATHS) {
        for (const accept of ['application/json', 'text/csv']) {
          const res = await caller.get(path, { accept });
          expect(res.status, `${caller.role} ${path} ${accept}`).toBe(200);
          if (accept === 'text/csv') expect(res.headers.get('content-type')).toContain('text/csv');
          else expect(keysOf(res.body).filter((k) => CHILD_FIELDS.has(k))).toEqual([]);
          const header = accept === 'text/csv' ? (res.text.split('\r\n')[0] ?? '').split(',') : [];
          expect(header.filter((k) => CHILD_FIELDS.has(k))).toEqual([]);
          expect(needles.filter((n) => res.text.includes(n))).toEqual([]);
          expect(res.text).not.toMatch(/\b(req|hold|pl)_[0-9a-f]{8,}|case-\d{4}/);
        }
      }
    }
  });

  it('every visible count of children in usage and demand is 0 or at least 5', async () => {
    for (const path of [`/v1/usage?${period}`, `/v1/demand?${period}`]) {
      const { body } = await commissioner.get(path);
      const counts = figuresIn(body).filter(
        ([p]) => !/(median|p90|usedOfAgreed|bedNights|PerPlacement)$/.test(p),
      );
      expect(counts.length).toBeGreaterThanOrEqual(40);
      for (const [p, f] of counts) {
        if (f.suppressed) expect(f.value, p).toBeNull();
        else if (f.value !== 0) expect(f.value, p).toBeGreaterThanOrEqual(5);
      }
      expect(counts.some(([, f]) => !f.suppressed)).toBe(true);
      expect(counts.some(([, f]) => f.suppressed)).toBe(true);
    }
  });

  it('bed-nights are shown exactly where the children behind them are', async () => {
    const { body } = await commissioner.get(`/v1/usage?${period}`);
    for (const row of [body.national, ...body.byDepartment, ...body.byRegion, ...body.byDepartmentAndRegion])
      expect(row.bedNights.suppressed).toBe(row.placements.suppressed);
  });

  it('no withheld count of a breakdown can be worked out from its total and the visible rest', async () => {
    const { body } = await commissioner.get(`/v1/demand?${period}`);
    for (const measure of ['requests', 'placed', 'unplaced', 'unmet'] as const) {
      const breakdowns = [
        [body.national, body.byRegion],
        [body.national, body.byStream],
        ...body.byRegion.map((r: { regionCode: string }) => [
          r,
          body.byRegionAndStream.filter((x: { regionCode: string }) => x.regionCode === r.regionCode),
        ]),
      ];
      for (const [total, parts] of breakdowns) {
        const cells = [total, ...parts].map((x) => x[measure]);
        expect(cells.filter((c) => c.suppressed).length, measure).not.toBe(1);
      }
    }
  });
});

describe('the CSV tables', () => {
  it('carry the same figures as the JSON, with withheld ones written c', async () => {
    const json = (await commissioner.get(`/v1/demand?${period}`)).body;
    const csv = await commissioner.get(`/v1/demand?${period}`, { accept: 'text/csv' });
    const [header, ...lines] = csv.text.trimEnd().split('\r\n');
    const columns = (header ?? '').split(',');
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])));
    expect(rows).toHaveLength(1 + REGIONS.length + 3 + REGIONS.length * 3);
    const national = rows.find((r) => r.scope === 'national');
    const show = (f: { value: number | null; suppressed: boolean }) => (f.suppressed ? 'c' : String(f.value));
    expect(national?.requests).toBe(show(json.national.requests));
    expect(national?.declines_staffing).toBe(show(json.national.declines.byReason.staffing));
    expect(national?.stepDownWaitingDaysMedian).toBe(show(json.national.stepDown.waitingDays.median));
    expect(national?.from).toBe(PERIOD.from);
    expect(rows.every((r) => Object.values(r).every((v) => v !== 'null' && v !== 'undefined'))).toBe(true);
  });

  it('usage CSV has a row per department, region and both, with the share agreed', async () => {
    const csv = await coordinator.get(`/v1/usage?${period}`, { accept: 'text/csv' });
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'scope,from,to,department,stream,regionCode,regionName,share,agreedBedNights,placements,bedNights,usedOfAgreed,contractedBeds,flexBedNights,lentBedNights',
    );
    expect(lines.filter((l) => l.startsWith('department,'))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('department_region,'))).toHaveLength(3 * REGIONS.length);
  });
});

describe('the period and who may ask', () => {
  it('defaults to the 30 days up to today', async () => {
    for (const path of ['/v1/usage', '/v1/demand']) {
      const { body } = await commissioner.get(path);
      expect(body).toMatchObject({
        from: '2026-09-22',
        to: '2026-10-21',
        generatedAt: ASKED_AT.toISOString(),
      });
    }
    expect((await commissioner.get('/v1/usage')).body.nights).toBe(30);
  });

  it('refuses a period that ends before it starts, a date that is not one, and unknown parameters', async () => {
    for (const q of [
      'from=2026-10-10&to=2026-10-01',
      'from=2026-13-01',
      'from=2026-10-01&region=E12000001',
      'from=2027-01-01',
    ]) {
      for (const path of ['/v1/usage', '/v1/demand']) {
        const res = await commissioner.get(`${path}?${q}`);
        expect(res.status, `${path}?${q}`).toBe(400);
        expect(res.body.code).toBe('validation_failed');
      }
    }
  });

  it('an LA or a provider may not read the commissioning figures', async () => {
    for (const caller of [as(scenario.app, 'la', 'E08000035'), as(scenario.app, 'provider', 'sc-prov-leeds')])
      for (const path of COMMISSIONING_PATHS) expect((await caller.get(path)).status).toBe(403);
  });

  it('a commissioner gets 403 on every child-level route, even with real ids', async () => {
    const coordinatorView = await coordinator.get('/v1/placements?limit=1');
    const placement = coordinatorView.body.items[0];
    const attempts: [string, string, unknown?][] = [
      ['GET', '/v1/requests'],
      ['GET', `/v1/requests/${placement.requestId}`],
      ['GET', `/v1/requests/${placement.requestId}/matches`],
      ['POST', '/v1/requests', {}],
      ['POST', `/v1/requests/${placement.requestId}/withdraw`, { outcome: 'no_longer_needed' }],
      ['GET', '/v1/holds'],
      ['GET', `/v1/holds/${placement.holdId}`],
      ['POST', '/v1/holds', { requestId: placement.requestId, unitId: placement.unitId }],
      ['POST', `/v1/holds/${placement.holdId}/accept`, {}],
      ['POST', `/v1/holds/${placement.holdId}/decline`, { reason: 'other' }],
      ['DELETE', `/v1/holds/${placement.holdId}`],
      ['GET', '/v1/placements'],
      ['GET', `/v1/placements/${placement.id}`],
      [
        'POST',
        `/v1/placements/${placement.id}/step-down-ready`,
        { readyFrom: '2026-10-21', plannedDestination: 'home' },
      ],
      ['POST', `/v1/placements/${placement.id}/discharge`, { destination: 'home' }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await commissioner.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
  });
});
