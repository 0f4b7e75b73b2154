import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { sweepRequestRhythm } from '../../shared/store/request-rhythm.js';
import { sweepExpiredHolds, sweepLegalAuthority } from '../../shared/store/sweep.js';
import { as, type Client, FIXTURE_UNITS, testApp } from '../support/app.js';
import { newReferrals, newRequest } from '../support/journey.js';

/**
 * SPEC, Notifications: every change another party must act on reaches that party's organisation,
 * and no other: a new referral or hold (the provider), an offer, accept or decline (the LA), a
 * lapse or legal authority ending soon (the LA and coordinators), a new unmet request
 * (coordinators). Each inbox entry carries ids only.
 */
const HOME: SeedUnit = {
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id: 'nt-home',
  name: 'Notification home (illustrative)',
  providerId: 'prov-nt',
  providerName: 'Notification provider (illustrative)',
  beds: streamBeds({ welfare: 6 }),
};
const START = new Date('2026-11-25T02:00:00Z');

let app: App;
let now = START;
let la: Client;
let provider: Client;
let coordinator: Client;
/** Organisations that must hear nothing of what `la` and `provider` do. */
let otherLa: Client;
let otherProvider: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => now, seed: [HOME, ...FIXTURE_UNITS], sweepEverySeconds: 3600 });
  la = as(app, 'la', 'E08000025');
  provider = as(app, 'provider', 'prov-nt');
  coordinator = as(app, 'coordinator', 'national');
  otherLa = as(app, 'la', 'E08000035');
  otherProvider = as(app, 'provider', 'fx-provider-a');
});
afterAll(() => app.stop());

type Item = { id: string; type: string; entity: string; entityId: string; createdAt: string };
const inbox = async (c: Client): Promise<Item[]> => {
  const r = await c.get('/v1/notifications?limit=100');
  expect(r.status, r.text).toBe(200);
  return r.body.items;
};
const has = async (c: Client, type: string, entityId: string) =>
  (await inbox(c)).some((n) => n.type === type && n.entityId === entityId);

/** Each event must reach exactly these organisations (among the five above). */
async function reaches(type: string, entityId: string, who: Client[]) {
  const everyone = { la, provider, coordinator, otherLa, otherProvider };
  for (const [name, c] of Object.entries(everyone))
    expect(await has(c, type, entityId), `${type} → ${name}`).toBe(who.includes(c));
}

const tick = () => {
  now = new Date(now.getTime() + 60_000);
};

describe('each event reaches the organisation that must act, and no other', () => {
  it('a new hold (the provider); its acceptance and a decline (the LA); its expiry (both); a release (the provider)', async () => {
    tick();
    const accepted = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'nt-home' });
    await reaches('hold.created', accepted.body.id, [provider]);
    expect((await provider.post(`/v1/holds/${accepted.body.id}/accept`, {})).status).toBe(201);
    await reaches('hold.accepted', accepted.body.id, [la]);

    const declined = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'nt-home' });
    await provider.post(`/v1/holds/${declined.body.id}/decline`, { reason: 'staffing' });
    await reaches('hold.declined', declined.body.id, [la]);

    const released = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'nt-home' });
    expect((await la.del(`/v1/holds/${released.body.id}`)).status).toBe(200);
    await reaches('hold.released', released.body.id, [provider]);

    const lapsing = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'nt-home' });
    now = new Date(Date.parse(lapsing.body.expiresAt) + 1000);
    await sweepExpiredHolds(app.store, now);
    await reaches('hold.expired', lapsing.body.id, [la, provider]);
  });

  it('a new referral (the provider); an offer and a decline (the LA); an accept and a withdrawal (the provider)', async () => {
    tick();
    const { referralIds } = await newReferrals(la, ['nt-home']);
    const [offered] = referralIds as [string];
    await reaches('referral.created', offered, [provider]);
    await provider.post(`/v1/referrals/${offered}/offer`, {});
    await reaches('referral.offered', offered, [la]);
    expect((await la.post(`/v1/referrals/${offered}/accept`, {})).status).toBe(201);
    await reaches('referral.accepted', offered, [provider]);

    const round = await newReferrals(la, ['nt-home', 'fx-leeds']);
    const [toHome, toLeeds] = round.referralIds as [string, string];
    await provider.post(`/v1/referrals/${toHome}/decline`, { reason: 'needs_not_met', note: 'illustrative' });
    await reaches('referral.declined', toHome, [la]);
    await la.post(`/v1/requests/${round.requestId}/withdraw`, { outcome: 'no_longer_needed' });
    // The home that declined has nothing left to do; the home still considering it is told.
    await reaches('referral.withdrawn', toLeeds, [otherProvider]);
    await reaches('referral.withdrawn', toHome, []);
  });

  it('a new request no unit fits reaches the coordinators when it is made, before anyone reads its matches', async () => {
    tick();
    // No fixture unit takes an 18-year-old.
    const unmet = await newRequest(la, { ageYears: 18 });
    await reaches('request.unmet', unmet, [coordinator]);
    const fits = await newRequest(la);
    await reaches('request.unmet', fits, []);
  });

  it('legal authority ending soon reaches the placing LA and the coordinators', async () => {
    tick();
    const endsOn = new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    const requestId = await newRequest(la, { legalAuthorityEndsOn: endsOn });
    const hold = await la.post('/v1/holds', { requestId, unitId: 'nt-home' });
    const placement = await provider.post(`/v1/holds/${hold.body.id}/accept`, {});
    expect(placement.status, placement.text).toBe(201);
    expect(await sweepLegalAuthority(app.store, now)).toBeGreaterThanOrEqual(1);
    await reaches('placement.authority_ending_soon', placement.body.id, [la, coordinator]);
  });

  it('a reminder before a request lapses (the LA), and the lapse (the LA and the coordinators)', async () => {
    tick();
    const id = await newRequest(la);
    now = new Date(now.getTime() + 13 * 86_400_000);
    await sweepRequestRhythm(app.store, now);
    await reaches('request.refresh_due', id, [la]);
    now = new Date(now.getTime() + 2 * 86_400_000);
    await sweepRequestRhythm(app.store, now);
    await reaches('request.lapsed', id, [la, coordinator]);
  });

  it('every inbox entry is ids only: no childRef, no note, nothing but the record it points at', async () => {
    for (const c of [la, provider, coordinator, otherLa, otherProvider]) {
      for (const n of await inbox(c)) {
        expect(Object.keys(n).sort()).toEqual(['createdAt', 'entity', 'entityId', 'id', 'type']);
        expect(JSON.stringify(n)).not.toMatch(/case-|illustrative/);
      }
    }
  });
});
