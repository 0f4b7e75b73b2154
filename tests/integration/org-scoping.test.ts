import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  matrix,
  mkHold,
  mkPlacement,
  mkRequest,
  OTHER_LA,
  OTHER_PROVIDER,
  OWN_LA,
  OWN_PROVIDER,
  ownLa,
  ownProvider,
  startMatrixApp,
} from '../support/matrix.js';

/** What an org's token sees beyond the single-route matrix (authorization.test.ts): lists and hold-long access. */

beforeAll(() => startMatrixApp(12));
afterAll(() => matrix.app.stop());

describe('lists stay inside the org', () => {
  it("one LA's token cannot see another LA's requests, holds or placements in lists", async () => {
    const placementId = await mkPlacement();
    const other = client('la', OTHER_LA);
    for (const path of ['/v1/requests', '/v1/holds', '/v1/placements']) {
      const own = await ownLa().get(path);
      const theirs = await other.get(path);
      expect(own.body.items.length).toBeGreaterThan(0);
      expect(own.body.items.every((x: { laCode: string }) => x.laCode === OWN_LA)).toBe(true);
      expect(theirs.body.items.every((x: { laCode: string }) => x.laCode === OTHER_LA)).toBe(true);
    }
    expect((await other.get(`/v1/placements/${placementId}`)).status).toBe(404);
  });

  it("a provider sees only holds on its own units, and never another provider's", async () => {
    await mkHold();
    const mine = await ownProvider().get('/v1/holds');
    const theirs = await client('provider', OTHER_PROVIDER).get('/v1/holds');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((h: { providerId: string }) => h.providerId === OWN_PROVIDER)).toBe(true);
    expect(theirs.body.items.every((h: { providerId: string }) => h.providerId === OTHER_PROVIDER)).toBe(
      true,
    );
  });
});

describe("a provider's access to a request lasts as long as its hold", () => {
  // Its own unit: the matrix above takes many of mx-unit-a's beds.
  const hold = async () => {
    const requestId = await mkRequest();
    const h = await ownLa().post('/v1/holds', { requestId, unitId: 'mx-unit-c' });
    expect(h.status, h.text).toBe(201);
    return { requestId, holdId: h.body.id as string };
  };
  const reads = async (requestId: string) => {
    const one = await ownProvider().get(`/v1/requests/${requestId}`);
    const list = await ownProvider().get('/v1/requests?limit=100');
    const listed = list.body.items.some((r: { id: string }) => r.id === requestId);
    return { status: one.status, listed };
  };

  it('reads the request while its hold is live, and no longer once it has declined it', async () => {
    const { requestId, holdId } = await hold();
    expect(await reads(requestId)).toEqual({ status: 200, listed: true });
    const declined = await ownProvider().post(`/v1/holds/${holdId}/decline`, { reason: 'staffing' });
    expect(declined.status, declined.text).toBe(200);
    expect(await reads(requestId)).toEqual({ status: 404, listed: false });
  });

  it('no longer once the LA has released the hold', async () => {
    const { requestId, holdId } = await hold();
    const released = await ownLa().del(`/v1/holds/${holdId}`);
    expect(released.status, released.text).toBe(200);
    expect(await reads(requestId)).toEqual({ status: 404, listed: false });
  });

  it('keeps reading it once the hold became its placement', async () => {
    const { requestId, holdId } = await hold();
    expect((await ownProvider().post(`/v1/holds/${holdId}/accept`, {})).status).toBe(201);
    expect(await reads(requestId)).toEqual({ status: 200, listed: true });
  });
});

describe("a provider's access to a request lasts as long as its referral", () => {
  const refer = async () => {
    const requestId = await mkRequest();
    const made = await ownLa().post('/v1/referrals', { requestId, unitIds: ['mx-unit-c'] });
    expect(made.status, made.text).toBe(201);
    return { requestId, referralId: made.body.items[0].id as string };
  };
  const reads = async (requestId: string) => (await ownProvider().get(`/v1/requests/${requestId}`)).status;
  const CHILD_FIELDS = ['ageYears', 'sex', 'legalBasis', 'needs', 'profile'];
  /** Which of the child's facts the provider's read of its referral (alone, and in its list) carries. */
  const childFactsOnReferral = async (referralId: string) => {
    const one = await ownProvider().get(`/v1/referrals/${referralId}`);
    expect(one.status, one.text).toBe(200);
    const listed = (await ownProvider().get('/v1/referrals?limit=100')).body.items.find(
      (r: { id: string }) => r.id === referralId,
    );
    expect(listed).toBeDefined();
    const present = (r: Record<string, unknown>) => CHILD_FIELDS.filter((f) => f in r);
    expect(present(listed)).toEqual(present(one.body));
    return present(one.body);
  };

  it('reads the request while the referral waits for its answer, and no longer once it has declined', async () => {
    const { requestId, referralId } = await refer();
    expect(await reads(requestId)).toBe(200);
    const declined = await ownProvider().post(`/v1/referrals/${referralId}/decline`, { reason: 'staffing' });
    expect(declined.status, declined.text).toBe(200);
    expect(await reads(requestId)).toBe(404);
  });

  it("keeps the child's facts on the referral only while it is live: gone once declined or withdrawn", async () => {
    const declined = await refer();
    expect(await childFactsOnReferral(declined.referralId)).toEqual(CHILD_FIELDS);
    await ownProvider().post(`/v1/referrals/${declined.referralId}/decline`, { reason: 'staffing' });
    expect(await childFactsOnReferral(declined.referralId)).toEqual([]);

    const withdrawn = await refer();
    await ownLa().post(`/v1/requests/${withdrawn.requestId}/withdraw`, { outcome: 'no_longer_needed' });
    expect(await childFactsOnReferral(withdrawn.referralId)).toEqual([]);
    // The LA that referred still sees what it sent.
    const la = await ownLa().get(`/v1/referrals/${withdrawn.referralId}`);
    expect(CHILD_FIELDS.filter((f) => f in la.body)).toEqual(CHILD_FIELDS);
  });

  it('no longer once the LA has withdrawn the request and with it the referral', async () => {
    const { requestId } = await refer();
    expect(await reads(requestId)).toBe(200);
    const withdrawn = await ownLa().post(`/v1/requests/${requestId}/withdraw`, {
      outcome: 'no_longer_needed',
    });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(await reads(requestId)).toBe(404);
  });
});
