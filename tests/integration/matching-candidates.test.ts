import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';

/**
 * The matches route reads only the counters that could fit (a filter in the store's Query). These
 * tests pin that the filter never drops a unit the ranking would keep: at the edges of the age
 * range, by sex, and a unit whose only bed is held by a hold that has just lapsed.
 */
const HOLD_MINUTES = 10;
let now = new Date('2026-11-25T02:00:00Z');
let app: App;
let la: Client;

const unit = (id: string, over: Partial<SeedUnit>): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Matching fixture ${id} (illustrative)`,
  beds: streamBeds({ welfare: 1 }),
  ...over,
});
const UNITS = [
  unit('m-12-to-15', { ageRange: { min: 12, max: 15 } }),
  unit('m-girls', { sexes: ['female'] }),
  unit('m-boys', { sexes: ['male'] }),
  unit('m-justice-only', { beds: streamBeds({ justice: 2 }) }),
  unit('m-lapsing', {}),
];

beforeAll(async () => {
  app = await testApp({ clock: () => now, holdMinutes: HOLD_MINUTES, seed: UNITS });
  la = as(app, 'la', 'E08000025');
});
afterAll(() => app.stop());

async function matchedUnits(over: Record<string, unknown>): Promise<string[]> {
  // A welfare request for a child under 13 needs the Secretary of State's approval (SPEC).
  const sos =
    typeof over.ageYears === 'number' && over.ageYears < 13 ? { sosApprovalRef: 'SOS-2026-001' } : {};
  const created = await la.post('/v1/requests', requestBody({ ...sos, ...over }));
  expect(created.status).toBe(201);
  const matches = await la.get(`/v1/requests/${created.body.id}/matches`);
  expect(matches.status).toBe(200);
  return matches.body.items.map((m: { unitId: string }) => m.unitId).sort();
}

describe('matching candidates', () => {
  it('keeps units at both ends of their age range and drops those outside it', async () => {
    expect(await matchedUnits({ ageYears: 12, sex: 'female' })).toContain('m-12-to-15');
    expect(await matchedUnits({ ageYears: 15, sex: 'female' })).toContain('m-12-to-15');
    expect(await matchedUnits({ ageYears: 16, sex: 'female' })).not.toContain('m-12-to-15');
  });

  it('keeps only units that take the child’s sex, and only in the request’s stream', async () => {
    const girl = await matchedUnits({ ageYears: 14, sex: 'female' });
    expect(girl).toContain('m-girls');
    expect(girl).not.toContain('m-boys');
    expect(girl).not.toContain('m-justice-only');
  });

  it('lists a unit whose only bed is held, once that hold has lapsed, before any sweeper runs', async () => {
    const first = await la.post('/v1/requests', requestBody({ ageYears: 14, sex: 'female' }));
    const hold = await la.post('/v1/holds', { requestId: first.body.id, unitId: 'm-lapsing' });
    expect(hold.status).toBe(201);
    expect(await matchedUnits({ ageYears: 14, sex: 'female' })).not.toContain('m-lapsing');
    now = new Date(Date.parse(hold.body.expiresAt) + 1);
    expect(await matchedUnits({ ageYears: 14, sex: 'female' })).toContain('m-lapsing');
  });
});
