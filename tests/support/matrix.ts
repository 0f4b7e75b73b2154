import { expect } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from './app.js';

/**
 * The authorization matrix's world: two LAs, two providers with their units, the principals a
 * route is called as, and records made fresh for each case. `startMatrixApp()` in a suite's
 * beforeAll starts it; each test file loads its own copy of this module.
 */

export const OWN_LA = 'E08000025';
export const OTHER_LA = 'E09000001';
export const OWN_PROVIDER = 'mx-provider-a';
export const OTHER_PROVIDER = 'mx-provider-b';

const unit = (id: string, providerId: string, welfareBeds: number): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Matrix unit ${id} (illustrative)`,
  providerId,
  providerName: `Matrix provider ${providerId}`,
  beds: streamBeds({ welfare: welfareBeds }),
});

export const matrix = { app: undefined as unknown as App };

/**
 * Every matrix case makes its own hold or placement (accepted offers too): the default gives each
 * unit beds enough for all of them; a suite of a few cases asks for fewer.
 */
export async function startMatrixApp(welfareBeds = 80): Promise<App> {
  matrix.app = await testApp({
    seed: [
      unit('mx-unit-a', OWN_PROVIDER, welfareBeds),
      unit('mx-unit-b', OTHER_PROVIDER, welfareBeds),
      unit('mx-unit-c', OWN_PROVIDER, welfareBeds),
    ],
  });
  return matrix.app;
}

export const principals: { role: string; org: string; own: boolean }[] = [
  { role: 'la', org: OWN_LA, own: true },
  { role: 'la', org: OTHER_LA, own: false },
  { role: 'provider', org: OWN_PROVIDER, own: true },
  { role: 'provider', org: OTHER_PROVIDER, own: false },
  { role: 'coordinator', org: 'national', own: true },
  { role: 'commissioner', org: 'DfE', own: true },
  { role: 'commissioner', org: 'DHSC', own: false },
];
const clients = new Map<string, Client>();
export const client = (role: string, org: string) => {
  const k = `${role}:${org}`;
  if (!clients.has(k)) clients.set(k, as(matrix.app, role, org));
  return clients.get(k) as Client;
};
export const ownLa = () => client('la', OWN_LA);
export const ownProvider = () => client('provider', OWN_PROVIDER);

export async function mkRequest(): Promise<string> {
  const r = await ownLa().post('/v1/requests', requestBody({ homeLaCode: OWN_LA }));
  expect(r.status).toBe(201);
  return r.body.id;
}
export async function mkHold(): Promise<{ requestId: string; holdId: string }> {
  const requestId = await mkRequest();
  const h = await ownLa().post('/v1/holds', { requestId, unitId: 'mx-unit-a' });
  expect(h.status).toBe(201);
  return { requestId, holdId: h.body.id };
}
export async function mkReferral(offered = false): Promise<string> {
  const r = await ownLa().post(
    '/v1/referrals',
    { requestId: await mkRequest(), unitIds: ['mx-unit-a'] },
    { 'idempotency-key': `k-${Math.random()}` },
  );
  expect(r.status).toBe(201);
  const id = r.body.items[0].id as string;
  if (offered) expect((await ownProvider().post(`/v1/referrals/${id}/offer`, {})).status).toBe(200);
  return id;
}
export async function mkPlacement(): Promise<string> {
  const { holdId } = await mkHold();
  const p = await ownProvider().post(`/v1/holds/${holdId}/accept`, {});
  expect(p.status).toBe(201);
  return p.body.id;
}
export async function freeBed(): Promise<{ id: string; etag: string }> {
  const beds = await ownProvider().get('/v1/units/mx-unit-a/beds');
  const bed = beds.body.items.find((b: { state: string }) => b.state === 'available');
  return { id: bed.id, etag: bed.etag };
}
