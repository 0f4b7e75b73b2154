import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { as, type Client, FIXTURE_UNITS, testApp } from '../support/app.js';
import { newOffer, newReferrals, newRequest } from '../support/journey.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';

/**
 * Real concurrent requests against DynamoDB Local: every race an accepted offer can run into.
 * Each test has units of its own, so what one race leaves behind never decides another.
 */
const OFFER_MINUTES = 30;
const unit = (id: string, welfare: number): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Race home ${id} (illustrative)`,
  providerId: 'prov-race',
  providerName: 'Race provider (illustrative)',
  beds: streamBeds({ welfare }),
});
const FREE_AT_CROWD = 3;
/** One-bed units where an accept races an external placement: several, so both orders get run. */
const EXTERNAL_RACES = ['ext-1', 'ext-2', 'ext-3', 'ext-4'];
const SEED = [
  unit('crowd', FREE_AT_CROWD),
  unit('last-bed', 1),
  unit('expiry-a', 1),
  unit('expiry-b', 1),
  unit('twin-a', 2),
  unit('twin-b', 2),
  unit('same-offer', 2),
  ...EXTERNAL_RACES.map((id) => unit(id, 1)),
];
const UNIT_IDS = SEED.map((u) => u.id);

/** Illustrative English authorities, each its own LA. */
const LA_CODES = ['E08000025', 'E08000035', 'E06000001', 'E06000002', 'E06000003', 'E06000004'];

let app: App;
let now = new Date('2026-11-25T03:00:00Z');
let las: Client[];
let provider: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => now, offerMinutes: OFFER_MINUTES, seed: SEED, sweepEverySeconds: 3600 });
  las = LA_CODES.map((code) => as(app, 'la', code));
  provider = as(app, 'provider', 'prov-race');
});
afterAll(() => app.stop());

const la = (i = 0) => las[i % las.length] as Client;

async function consistent(unitIds: string[] = UNIT_IDS) {
  expect(await readCounters(app.store, unitIds, now)).toEqual(await recountBeds(app.store, unitIds, now));
  expect(await doubleBookings(app.store, unitIds, now)).toBe(0);
}

const statusOf = async (c: Client, path: string) => (await c.get(path)).body.status as string;

describe('many LAs accept offers at one unit at once', () => {
  it(`${FREE_AT_CROWD} free beds, 18 live offers accepted together: exactly ${FREE_AT_CROWD} placements, on distinct beds`, async () => {
    const offers = await Promise.all(
      Array.from({ length: 18 }, async (_, i) => ({
        by: la(i),
        id: await newOffer(la(i), provider, 'crowd'),
      })),
    );
    const answers = await Promise.all(offers.map((o) => o.by.post(`/v1/referrals/${o.id}/accept`, {})));

    const placed = answers.filter((a) => a.status === 201);
    expect(placed).toHaveLength(FREE_AT_CROWD);
    expect(answers.filter((a) => a.status !== 201).map((a) => a.body.code)).toEqual(
      Array(18 - FREE_AT_CROWD).fill('no_bed_available'),
    );
    expect(new Set(placed.map((p) => p.body.bedId)).size).toBe(FREE_AT_CROWD);

    // The losers' offers stand (no bed was ever theirs) and their requests stay open.
    for (const [i, a] of answers.entries()) {
      const o = offers[i] as { by: Client; id: string };
      expect(await statusOf(o.by, `/v1/referrals/${o.id}`)).toBe(a.status === 201 ? 'accepted' : 'offered');
    }
    const unitNow = (await provider.get('/v1/units/crowd')).body;
    expect(unitNow).toMatchObject({ freeBeds: 0, availability: { welfare: 0 } });
    const beds = (await provider.get('/v1/units/crowd/beds')).body.items as { state: string }[];
    expect(beds.filter((b) => b.state === 'occupied')).toHaveLength(FREE_AT_CROWD);
    await consistent(['crowd']);
  });
});

describe('an accept racing a hold for the last bed', () => {
  it('exactly one of them has the bed; the other is told there is none, and nothing is half-done', async () => {
    const offer = await newOffer(la(0), provider, 'last-bed');
    const holdRequest = await newRequest(la(1));
    const [accept, hold] = await Promise.all([
      la(0).post(`/v1/referrals/${offer}/accept`, {}),
      la(1).post('/v1/holds', { requestId: holdRequest, unitId: 'last-bed' }),
    ]);
    expect([accept.status, hold.status].sort()).toEqual([201, 409]);
    const loser = accept.status === 201 ? hold : accept;
    expect(loser.body.code).toBe('no_bed_available');
    const bed = (await provider.get('/v1/units/last-bed/beds')).body.items[0];
    expect(bed.state).toBe(accept.status === 201 ? 'occupied' : 'held');
    // The loser's side is untouched: the offer still stands, or the hold's request is still open.
    if (accept.status === 201)
      expect((await la(1).get(`/v1/requests/${holdRequest}`)).body.status).toBe('open');
    else expect(await statusOf(la(0), `/v1/referrals/${offer}`)).toBe('offered');
    await consistent(['last-bed']);
  });
});

describe('an accept racing the offer’s expiry', () => {
  it('one instant before expiry, the accept and a hold for the one bed race: exactly one wins', async () => {
    const offer = await newOffer(la(2), provider, 'expiry-a');
    const expires = Date.parse((await la(2).get(`/v1/referrals/${offer}`)).body.offerExpiresAt);
    const holdRequest = await newRequest(la(3));
    now = new Date(expires - 1);
    const [accept, hold] = await Promise.all([
      la(2).post(`/v1/referrals/${offer}/accept`, {}),
      la(3).post('/v1/holds', { requestId: holdRequest, unitId: 'expiry-a' }),
    ]);
    expect([accept.status, hold.status].sort()).toEqual([201, 409]);
    await consistent(['expiry-a']);
  });

  it('at the instant it expires, the accept is refused and the bed goes to the hold racing it', async () => {
    const offer = await newOffer(la(4), provider, 'expiry-b');
    const expires = Date.parse((await la(4).get(`/v1/referrals/${offer}`)).body.offerExpiresAt);
    const holdRequest = await newRequest(la(5));
    now = new Date(expires);
    const [accept, again, hold] = await Promise.all([
      la(4).post(`/v1/referrals/${offer}/accept`, {}),
      la(4).post(`/v1/referrals/${offer}/accept`, {}),
      la(5).post('/v1/holds', { requestId: holdRequest, unitId: 'expiry-b' }),
    ]);
    for (const a of [accept, again]) {
      expect(a.status).toBe(409);
      expect(a.body.code).toBe('invalid_transition');
    }
    expect(hold.status, hold.text).toBe(201);
    expect(await statusOf(la(4), `/v1/referrals/${offer}`)).toBe('expired');
    await consistent(['expiry-b']);
  });
});

describe('one LA accepts two offers for one request at once', () => {
  it('two homes offered: both accepted together, one placement, and the other referral withdrawn', async () => {
    const { requestId, referralIds } = await newReferrals(la(0), ['twin-a', 'twin-b']);
    for (const id of referralIds)
      expect((await provider.post(`/v1/referrals/${id}/offer`, {})).status).toBe(200);
    const answers = await Promise.all(referralIds.map((id) => la(0).post(`/v1/referrals/${id}/accept`, {})));
    const won = answers.filter((a) => a.status === 201);
    expect(won).toHaveLength(1);
    const lost = answers.find((a) => a.status !== 201);
    expect(lost?.status).toBe(409);
    expect(lost?.body.code).toBe('invalid_transition');

    const request = (await la(0).get(`/v1/requests/${requestId}`)).body;
    expect(request).toMatchObject({ status: 'placed', placementId: won[0]?.body.id });
    const placements = await la(0).get('/v1/placements?limit=100');
    expect(
      placements.body.items.filter((p: { requestId: string }) => p.requestId === requestId),
    ).toHaveLength(1);
    const statuses = (await la(0).get(`/v1/referrals?requestId=${requestId}`)).body.items.map(
      (r: { status: string }) => r.status,
    );
    expect(statuses.sort()).toEqual(['accepted', 'withdrawn']);
    await consistent(['twin-a', 'twin-b']);
  });

  it('the same offer accepted twice at once (two clicks, two keys): one placement', async () => {
    const offer = await newOffer(la(1), provider, 'same-offer');
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => la(1).post(`/v1/referrals/${offer}/accept`, {})),
    );
    const won = answers.filter((a) => a.status === 201);
    expect(won).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 201)) expect(a.body.code).toBe('invalid_transition');
    const beds = (await provider.get('/v1/units/same-offer/beds')).body.items as { state: string }[];
    expect(beds.map((b) => b.state).sort()).toEqual(['available', 'occupied']);
    await consistent(['same-offer']);
  });
});

describe('an accept racing an external placement for the last bed', () => {
  it('exactly one of them has the bed each time; a losing accept leaves its offer standing', async () => {
    for (const [i, unitId] of EXTERNAL_RACES.entries()) {
      const offer = await newOffer(la(i), provider, unitId);
      const [bed] = (await provider.get(`/v1/units/${unitId}/beds`)).body.items as { id: string }[];
      const [accept, external] = await Promise.all([
        la(i).post(`/v1/referrals/${offer}/accept`, {}),
        provider.post(`/v1/units/${unitId}/external-placements`, {
          bedId: bed?.id,
          stream: 'welfare',
          since: now.toISOString().slice(0, 10),
        }),
      ]);
      expect([accept.status, external.status].sort(), `${unitId}: ${accept.text} / ${external.text}`).toEqual(
        [201, 409],
      );
      expect((accept.status === 201 ? external : accept).body.code).toBe('no_bed_available');
      if (accept.status !== 201) expect(await statusOf(la(i), `/v1/referrals/${offer}`)).toBe('offered');
      const beds = (await provider.get(`/v1/units/${unitId}/beds`)).body.items as { state: string }[];
      expect(beds.map((b) => b.state)).toEqual(['occupied']);
    }
    await consistent(EXTERNAL_RACES);
  });
});

describe('after every race', () => {
  it('the counters match a recount of every bed, and no bed is claimed twice', async () => {
    await consistent();
  });
});
