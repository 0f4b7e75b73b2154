import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { localAuthority } from '../../shared/data/lookup.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { NoBedAvailable } from '../../shared/domain/errors.js';
import { placementFromOffer } from '../../shared/domain/placements.js';
import { acceptReferral } from '../../shared/store/referral-accept.js';
import { as, type Client, FIXTURE_UNITS, testApp } from '../support/app.js';
import { newRequest } from '../support/journey.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';

/**
 * "No closed or paused unit and no unit of the wrong sex or age can be offered" (issue 17), on
 * every path that promises a bed through a referral: the round, the provider's offer and the
 * LA's acceptance, including a unit paused or corrected after the referral or the offer was made
 * and one changed while the write was under way (the store's own condition, not the handler's
 * read, refuses it).
 */

/** Illustrative homes, each with its own provider, so each test can pause or correct its own. */
const home = (id: string, over: Partial<SeedUnit> = {}): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Offer home ${id} (illustrative)`,
  providerId: `prov-${id}`,
  providerName: `Provider of ${id} (illustrative)`,
  beds: streamBeds({ welfare: 4 }),
  ...over,
});
const HOMES: SeedUnit[] = [
  home('of-open'),
  home('of-paused', { status: 'paused', statusReason: 'Illustrative pause' }),
  home('of-closed', { status: 'closed', statusReason: 'Illustrative closure' }),
  home('of-girls', { sexes: ['female'] }),
  home('of-older', { ageRange: { min: 15, max: 17 } }),
  home('of-pause-after-referral'),
  home('of-pause-after-offer'),
  home('of-girls-after-offer'),
  home('of-store-create'),
  home('of-store-offer'),
  home('of-store-accept'),
  home('of-race', { beds: streamBeds({ welfare: 6 }) }),
];
const IDS = HOMES.map((u) => u.id);

let app: App;
const now = new Date('2026-11-25T02:00:00Z');
let la: Client;
let coordinator: Client;
const provider = (unitId: string) => as(app, 'provider', `prov-${unitId}`);

beforeAll(async () => {
  app = await testApp({ clock: () => now, seed: HOMES });
  la = as(app, 'la', 'E08000025');
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

async function refer(requestId: string, unitIds: string[]) {
  return la.post('/v1/referrals', { requestId, unitIds });
}

async function referOne(unitId: string, over: Record<string, unknown> = {}) {
  const requestId = await newRequest(la, over);
  const r = await refer(requestId, [unitId]);
  expect(r.status, r.text).toBe(201);
  return { requestId, referralId: r.body.items[0].id as string };
}

/** A coordinator's correction of a unit, through the API as any coordinator would make it. */
async function correct(unitId: string, patch: Record<string, unknown>) {
  const unit = await coordinator.get(`/v1/units/${unitId}`);
  const r = await coordinator.call('PATCH', `/v1/units/${unitId}`, patch, { 'if-match': unit.body.etag });
  expect(r.status, r.text).toBe(200);
}

const occupiedAt = async (unitId: string) =>
  ((await coordinator.get(`/v1/units/${unitId}/beds`)).body.items as { state: string }[]).filter(
    (b) => b.state === 'occupied',
  ).length;

describe('a referral round', () => {
  it('refuses a paused, a closed, a girls-only (for a boy) and a too-young unit as a hold would (409 no_bed_available), each by its field', async () => {
    const requestId = await newRequest(la, { sex: 'male', ageYears: 13 });
    const r = await refer(requestId, ['of-open', 'of-paused', 'of-closed', 'of-girls', 'of-older']);
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('no_bed_available');
    const fields = (r.body.errors as { field: string; message: string }[]).map((e) => e.field);
    expect(fields).toEqual(['body.unitIds.1', 'body.unitIds.2', 'body.unitIds.3', 'body.unitIds.4']);
    const messages = (r.body.errors as { message: string }[]).map((e) => e.message).join(' | ');
    expect(messages).toMatch(/is paused/);
    expect(messages).toMatch(/is closed/);
    expect(messages).toMatch(/does not take male children/);
    expect(messages).toMatch(/aged 15 to 17/);
    // Nothing was written: the request has no referrals.
    expect((await la.get(`/v1/referrals?requestId=${requestId}`)).body.items).toEqual([]);
    // The same child may be referred to the open unit alone; a girl to the girls-only one.
    expect((await refer(requestId, ['of-open'])).status).toBe(201);
    const girl = await newRequest(la, { sex: 'female', ageYears: 16 });
    expect((await refer(girl, ['of-girls', 'of-older'])).status).toBe(201);
  });
});

describe('a provider’s offer', () => {
  it('is refused (409 no_bed_available) once the unit is paused after the referral, and the referral stays pending', async () => {
    const { referralId } = await referOne('of-pause-after-referral');
    await correct('of-pause-after-referral', { status: 'paused', statusReason: 'Illustrative: staffing' });
    const offer = await provider('of-pause-after-referral').post(`/v1/referrals/${referralId}/offer`, {});
    expect(offer.status).toBe(409);
    expect(offer.body.code).toBe('no_bed_available');
    expect(offer.body.detail).toMatch(/paused/);
    const byCoordinator = await coordinator.post(`/v1/referrals/${referralId}/offer`, {});
    expect(byCoordinator.status).toBe(409);
    expect((await la.get(`/v1/referrals/${referralId}`)).body.status).toBe('pending');
    // The provider can still say no, with a reason.
    const decline = await provider('of-pause-after-referral').post(`/v1/referrals/${referralId}/decline`, {
      reason: 'staffing',
    });
    expect(decline.status).toBe(200);
  });
});

describe('accepting an offer', () => {
  it('places no child at a unit paused after it offered: 409, nothing changes, and the offer stands', async () => {
    const { requestId, referralId } = await referOne('of-pause-after-offer');
    const offer = await provider('of-pause-after-offer').post(`/v1/referrals/${referralId}/offer`, {});
    expect(offer.status).toBe(200);
    await correct('of-pause-after-offer', { status: 'paused', statusReason: 'Illustrative: incident' });

    const accept = await la.post(`/v1/referrals/${referralId}/accept`, {});
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('no_bed_available');
    expect((await la.get(`/v1/referrals/${referralId}`)).body.status).toBe('offered');
    expect((await la.get(`/v1/requests/${requestId}`)).body.status).toBe('open');
    expect(await occupiedAt('of-pause-after-offer')).toBe(0);

    // Reopened while the offer still stands: now it can be accepted.
    await correct('of-pause-after-offer', { status: 'open' });
    const again = await la.post(`/v1/referrals/${referralId}/accept`, {});
    expect(again.status, again.text).toBe(201);
    expect(await occupiedAt('of-pause-after-offer')).toBe(1);
  });

  it('places no boy at a unit corrected to girls only after it offered', async () => {
    const { referralId } = await referOne('of-girls-after-offer', { sex: 'male' });
    expect(
      (await provider('of-girls-after-offer').post(`/v1/referrals/${referralId}/offer`, {})).status,
    ).toBe(200);
    await correct('of-girls-after-offer', { sexes: ['female'] });
    const accept = await coordinator.post(`/v1/referrals/${referralId}/accept`, {});
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('no_bed_available');
    expect(accept.body.detail).toMatch(/does not take male children/);
    expect(await occupiedAt('of-girls-after-offer')).toBe(0);
  });
});

describe('a unit paused while the write is under way (the store’s condition decides, not an earlier read)', () => {
  it('refuses a referral round read before the pause', async () => {
    const requestId = await newRequest(la);
    const [request, unit] = await Promise.all([
      app.store.requests.get(requestId),
      app.store.units.getUnit('of-store-create'),
    ]);
    await correct('of-store-create', { status: 'paused', statusReason: 'Illustrative' });
    const made = app.store.referrals.create(
      request as NonNullable<typeof request>,
      [unit as NonNullable<typeof unit>],
      { role: 'la', org: 'E08000025' },
      now,
    );
    await expect(made).rejects.toBeInstanceOf(NoBedAvailable);
    expect((await la.get(`/v1/referrals?requestId=${requestId}`)).body.items).toEqual([]);
  });

  it('refuses an offer read before the pause', async () => {
    const { referralId } = await referOne('of-store-offer');
    const referral = await app.store.referrals.get(referralId);
    await correct('of-store-offer', { status: 'closed', statusReason: 'Illustrative' });
    const offered = app.store.referrals.offer(
      referral as NonNullable<typeof referral>,
      60,
      { role: 'provider', org: 'prov-of-store-offer' },
      now,
    );
    await expect(offered).rejects.toBeInstanceOf(NoBedAvailable);
    expect((await la.get(`/v1/referrals/${referralId}`)).body.status).toBe('pending');
  });

  it('refuses an acceptance read before the pause, leaving the bed free and the offer standing', async () => {
    const { requestId, referralId } = await referOne('of-store-accept');
    expect((await provider('of-store-accept').post(`/v1/referrals/${referralId}/offer`, {})).status).toBe(
      200,
    );
    // Everything the accept route reads, read while the unit is still open...
    const [referral, request, unit, { beds }, { rules }] = await Promise.all([
      app.store.referrals.get(referralId),
      app.store.requests.get(requestId),
      app.store.units.getUnit('of-store-accept'),
      app.store.holds.unitForHold('of-store-accept', now),
      app.store.poolRules.get(),
    ]);
    if (!referral || !request || !unit) throw new Error('fixture missing');
    // ...then the unit is paused before the write.
    await correct('of-store-accept', { status: 'paused', statusReason: 'Illustrative' });
    const placed = acceptReferral(app.store.db, app.store.referrals, {
      referral,
      request,
      beds,
      rules,
      actor: { role: 'la', org: 'E08000025' },
      now,
      placement: placementFromOffer(referral, {
        request,
        unit,
        home: localAuthority(request.homeLaCode),
        now,
      }),
    });
    await expect(placed).rejects.toBeInstanceOf(NoBedAvailable);
    expect(await occupiedAt('of-store-accept')).toBe(0);
    expect((await la.get(`/v1/referrals/${referralId}`)).body.status).toBe('offered');
    expect((await la.get(`/v1/requests/${requestId}`)).body.status).toBe('open');
  });
});

describe('acceptances racing a pause', () => {
  it('each either places its child or is refused whole; no bed twice, counters exact', async () => {
    const offers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { referralId } = await referOne('of-race');
      expect((await provider('of-race').post(`/v1/referrals/${referralId}/offer`, {})).status).toBe(200);
      offers.push(referralId);
    }
    const unit = await coordinator.get('/v1/units/of-race');
    const [pause, ...accepts] = await Promise.all([
      coordinator.call(
        'PATCH',
        '/v1/units/of-race',
        { status: 'paused', statusReason: 'Illustrative' },
        { 'if-match': unit.body.etag },
      ),
      ...offers.map((id) => la.post(`/v1/referrals/${id}/accept`, {})),
    ]);
    expect(pause?.status).toBe(200);
    const placed = accepts.filter((a) => a.status === 201).length;
    for (const a of accepts) if (a.status !== 201) expect(a.body.code, a.text).toBe('no_bed_available');
    // Every refused acceptance left its offer standing; every placed one occupies one bed.
    for (const [i, a] of accepts.entries())
      expect((await la.get(`/v1/referrals/${offers[i]}`)).body.status).toBe(
        a.status === 201 ? 'accepted' : 'offered',
      );
    expect(await occupiedAt('of-race')).toBe(placed);
    // Paused now: whatever is left is refused.
    const left = offers.filter((_, i) => accepts[i]?.status !== 201);
    for (const id of left) expect((await la.post(`/v1/referrals/${id}/accept`, {})).status).toBe(409);
    expect(await doubleBookings(app.store, IDS, now)).toBe(0);
    expect(await readCounters(app.store, IDS, now)).toEqual(await recountBeds(app.store, IDS, now));
  });
});
