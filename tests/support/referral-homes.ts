import { afterAll, beforeAll } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { Client, FIXTURE_UNITS, testApp } from './app.js';

/** Five illustrative homes, one provider each, with two free welfare beds apiece. */
export const HOMES = ['rf-1', 'rf-2', 'rf-3', 'rf-4', 'rf-5'];
const home = (id: string): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Referral home ${id} (illustrative)`,
  providerId: `prov-${id}`,
  providerName: `Provider of ${id} (illustrative)`,
  beds: streamBeds({ welfare: 2 }),
});
/** Homes that must never be asked: one for girls aged 10–13 only, one paused. */
const GIRLS_UNDER_14: SeedUnit = { ...home('rf-girls'), ageRange: { min: 10, max: 13 }, sexes: ['female'] };
const PAUSED: SeedUnit = {
  ...home('rf-paused'),
  status: 'paused',
  statusReason: 'Refurbishment (illustrative)',
};
export const OFFER_MINUTES = 45;

/**
 * The referral suites' app over the homes above, on a clock the tests move (`s.now`), started
 * before the file's tests and stopped after; the people act on it once it has started.
 */
export function referralSuite(start: string) {
  const s = { now: new Date(start), app: undefined as unknown as App };
  beforeAll(async () => {
    s.app = await testApp({
      clock: () => s.now,
      offerMinutes: OFFER_MINUTES,
      seed: [...HOMES.map(home), GIRLS_UNDER_14, PAUSED],
      sweepEverySeconds: 3600,
    });
  });
  afterAll(() => s.app.stop());
  const user = (role: string, org: string) => new Client(() => s.app.url, role, org);
  return {
    s,
    la: user('la', 'E08000025'),
    otherLa: user('la', 'E08000035'),
    coordinator: user('coordinator', 'national'),
    /** The provider of one of the homes. */
    provider: (unitId: string) => user('provider', `prov-${unitId}`),
  };
}

export const key = () => ({ 'idempotency-key': `k-${Math.random()}` });

/** `type:entityId` of each of a caller's notifications, newest first. */
export const types = async (c: Client) =>
  ((await c.get('/v1/notifications?limit=100')).body.items as { type: string; entityId: string }[]).map(
    (n) => `${n.type}:${n.entityId}`,
  );
