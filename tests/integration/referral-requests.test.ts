/** A request around its referrals: its rhythm, SPEC's rules for it, a placement withdrawing its referrals, notifications. */
import { describe, expect, it } from 'vitest';
import { sweepRequestRhythm } from '../../shared/store/request-rhythm.js';
import { requestBody } from '../support/app.js';
import { newReferrals, newRequest } from '../support/journey.js';
import { doubleBookings } from '../support/recount.js';
import { HOMES, key, referralSuite, types } from '../support/referral-homes.js';

const { s, la, otherLa, coordinator, provider } = referralSuite('2026-11-25T02:00:00Z');

describe('a request keeps its rhythm', () => {
  it('lapses when left alone, says so, reminds before and notifies at lapse, and comes back when refreshed', async () => {
    const start = s.now;
    const r = await la.post('/v1/requests', requestBody());
    expect(r.body.status).toBe('open');
    expect(Date.parse(r.body.refreshDueAt) - start.getTime()).toBe(14 * 86_400_000);
    expect(r.body.reviewDueAt.slice(0, 10)).toBe('2027-02-25');
    const id = r.body.id as string;

    s.now = new Date(start.getTime() + 12.5 * 86_400_000);
    expect(await sweepRequestRhythm(s.app.store, s.now)).toMatchObject({ reminded: expect.any(Number) });
    expect(await types(la)).toContain(`request.refresh_due:${id}`);
    expect((await sweepRequestRhythm(s.app.store, s.now)).reminded).toBe(0);

    s.now = new Date(start.getTime() + 14 * 86_400_000);
    expect((await la.get(`/v1/requests/${id}`)).body.status).toBe('lapsed');
    expect(
      (await la.get('/v1/requests?status=lapsed&limit=100')).body.items.map((x: { id: string }) => x.id),
    ).toContain(id);
    expect(
      (await la.get('/v1/requests?status=open&limit=100')).body.items.map((x: { id: string }) => x.id),
    ).not.toContain(id);
    const referLapsed = await la.post('/v1/referrals', { requestId: id, unitIds: ['rf-1'] }, key());
    expect(referLapsed.status).toBe(409);

    expect((await sweepRequestRhythm(s.app.store, s.now)).lapsed).toBeGreaterThan(0);
    expect((await sweepRequestRhythm(s.app.store, s.now)).lapsed).toBe(0);
    expect(await types(la)).toContain(`request.lapsed:${id}`);
    expect(await types(coordinator)).toContain(`request.lapsed:${id}`);

    const refreshed = await la.post(`/v1/requests/${id}/refresh`, { reviewed: true });
    expect(refreshed.status, refreshed.text).toBe(200);
    expect(refreshed.body.status).toBe('open');
    expect(refreshed.body.refreshDueAt).toBe(new Date(s.now.getTime() + 14 * 86_400_000).toISOString());
    expect(refreshed.body.reviewDueAt.slice(0, 10)).toBe('2027-03-09');
    expect((await otherLa.post(`/v1/requests/${id}/refresh`, {})).status).toBe(404);
  });
});

describe('requests per SPEC', () => {
  it('takes the legal bases SPEC lists per stream, and no longer a DoL order', async () => {
    for (const [stream, legalBasis] of [
      ['welfare', 's25_interim_order'],
      ['mental_health', 'mha_s4'],
      ['mental_health', 'mha_s37'],
      ['mental_health', 'mha_s48'],
    ])
      expect((await la.post('/v1/requests', requestBody({ stream, legalBasis }))).status, legalBasis).toBe(
        201,
      );
    const dol = await la.post('/v1/requests', requestBody({ legalBasis: 'dol_order' }));
    expect(dol.status).toBe(400);
  });

  it('a welfare request for a child under 13 needs the Secretary of State’s approval', async () => {
    const missing = await la.post('/v1/requests', requestBody({ ageYears: 12 }));
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('body.sosApprovalRef');
    const ok = await la.post('/v1/requests', requestBody({ ageYears: 12, sosApprovalRef: 'SOS-2026-0042' }));
    expect(ok.status).toBe(201);
    expect(ok.body.sosApprovalRef).toBe('SOS-2026-0042');
    const justice = await la.post(
      '/v1/requests',
      requestBody({ ageYears: 12, stream: 'justice', legalBasis: 'remand' }),
    );
    expect(justice.status).toBe(201);
  });

  it('refuses free text in the profile', async () => {
    const r = await la.post(
      '/v1/requests',
      requestBody({ profile: { currentLocation: 'home', notes: 'lives with nan' } }),
    );
    expect(r.status).toBe(400);
  });

  it('withdrawal records the outcome and withdraws the live referrals', async () => {
    const { requestId, referralIds } = await newReferrals(la, ['rf-1', 'rf-3']);
    expect((await la.post(`/v1/requests/${requestId}/withdraw`, {})).status).toBe(400);
    const w = await la.post(`/v1/requests/${requestId}/withdraw`, {
      outcome: 'dol_order_unregistered',
      note: 'court order made',
    });
    expect(w.status, w.text).toBe(200);
    expect(w.body).toMatchObject({
      status: 'withdrawn',
      outcome: 'dol_order_unregistered',
      outcomeNote: 'court order made',
    });
    for (const id of referralIds) expect((await la.get(`/v1/referrals/${id}`)).body.status).toBe('withdrawn');
  });
});

describe('a request placed from a hold', () => {
  it('withdraws its live referrals, telling each home still considering the child; a decided one stays as it is', async () => {
    const { requestId, referralIds } = await newReferrals(la, ['rf-2', 'rf-3', 'rf-4']);
    const [pending, offered, declined] = referralIds as [string, string, string];
    expect((await provider('rf-3').post(`/v1/referrals/${offered}/offer`, {})).status).toBe(200);
    expect(
      (await provider('rf-4').post(`/v1/referrals/${declined}/decline`, { reason: 'distance' })).status,
    ).toBe(200);
    const hold = await la.post('/v1/holds', { requestId, unitId: 'rf-1' }, key());
    expect(hold.status, hold.text).toBe(201);
    const placed = await provider('rf-1').post(`/v1/holds/${hold.body.id}/accept`, {});
    expect(placed.status, placed.text).toBe(201);

    const statuses = Object.fromEntries(
      (await la.get(`/v1/referrals?requestId=${requestId}`)).body.items.map(
        (r: { id: string; status: string }) => [r.id, r.status],
      ),
    );
    expect(statuses).toEqual({ [pending]: 'withdrawn', [offered]: 'withdrawn', [declined]: 'declined' });
    expect(await types(provider('rf-2'))).toContain(`referral.withdrawn:${pending}`);
    expect(await types(provider('rf-3'))).toContain(`referral.withdrawn:${offered}`);
    expect(await types(provider('rf-4'))).not.toContain(`referral.withdrawn:${declined}`);
    // The home that had offered finds nothing waiting; the LA cannot take its offer as well.
    const waiting = await provider('rf-2').get('/v1/referrals?status=pending');
    expect(waiting.body.items.map((r: { id: string }) => r.id)).not.toContain(pending);
    const late = await la.post(`/v1/referrals/${offered}/accept`, {});
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_transition');
    expect(await doubleBookings(s.app.store, HOMES, s.now)).toBe(0);
  });
});

describe('notifications', () => {
  it('a new hold reaches the provider, a new unmet request the coordinators; ids only, newest first', async () => {
    s.now = new Date(s.now.getTime() + 60_000);
    const requestId = await newRequest(la);
    const hold = await la.post('/v1/holds', { requestId, unitId: 'rf-3' });
    expect(hold.status).toBe(201);
    const items = (await provider('rf-3').get('/v1/notifications')).body.items;
    expect(items[0]).toEqual({
      id: expect.any(String),
      type: 'hold.created',
      entity: 'hold',
      entityId: hold.body.id,
      createdAt: s.now.toISOString(),
    });
    const unmet = await newRequest(la, { ageYears: 18 });
    await la.get(`/v1/requests/${unmet}/matches`);
    expect(await types(coordinator)).toContain(`request.unmet:${unmet}`);
    expect(await types(otherLa)).toHaveLength(0);
    const page1 = await provider('rf-3').get('/v1/notifications?limit=1');
    expect(page1.body.nextCursor).toBeDefined();
    // Another organisation's inbox cannot be paged into with a crafted cursor.
    const theirs = Buffer.from(JSON.stringify({ pk: 'INBOX#la#E08000025', sk: '9' })).toString('base64url');
    const forged = await provider('rf-3').get(`/v1/notifications?cursor=${theirs}`);
    expect(forged.status).toBe(400);
  });
});
