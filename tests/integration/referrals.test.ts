import { describe, expect, it } from 'vitest';
import { newReferrals, newRequest } from '../support/journey.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';
import { HOMES, key, OFFER_MINUTES, referralSuite, types } from '../support/referral-homes.js';

const { s, la, otherLa, coordinator, provider } = referralSuite('2026-11-25T02:00:00Z');

describe('a night-duty LA refers a child to five homes', () => {
  it('two offer, one declines, the LA accepts one offer: placed, the rest withdrawn, all counted', async () => {
    const requestId = await newRequest(la, {
      profile: {
        currentLocation: 'police_custody',
        careStatus: 's20',
        yotInvolved: true,
        riskFlags: ['absconding'],
      },
    });
    const made = await la.post('/v1/referrals', { requestId, unitIds: HOMES }, key());
    expect(made.status, made.text).toBe(201);
    expect(made.body.items).toHaveLength(5);
    const ids = made.body.items.map((r: { id: string }) => r.id) as string[];
    for (const r of made.body.items) {
      expect(r).toMatchObject({ requestId, status: 'pending', offerExpiresAt: null, declineReason: null });
      expect(r).not.toHaveProperty('childRef');
    }

    // Each home sees its referral, with the pseudonymous profile, and only its own.
    const inbox = await provider('rf-1').get('/v1/referrals');
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({
      unitId: 'rf-1',
      profile: { currentLocation: 'police_custody', yotInvolved: true },
    });
    expect(JSON.stringify(inbox.body)).not.toContain('childRef');
    expect(await types(provider('rf-1'))).toContain(`referral.created:${ids[0]}`);

    const offer1 = await provider('rf-1').post(`/v1/referrals/${ids[0]}/offer`, {});
    const offer2 = await provider('rf-2').post(`/v1/referrals/${ids[1]}/offer`, {});
    expect(offer1.status, offer1.text).toBe(200);
    expect(offer1.body.status).toBe('offered');
    expect(Date.parse(offer1.body.offerExpiresAt) - s.now.getTime()).toBe(OFFER_MINUTES * 60_000);
    expect(offer2.status).toBe(200);
    const declined = await provider('rf-3').post(`/v1/referrals/${ids[2]}/decline`, {
      reason: 'mix_of_children',
    });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'mix_of_children' });
    // A home cannot answer another home's referral.
    expect((await provider('rf-1').post(`/v1/referrals/${ids[3]}/offer`, {})).status).toBe(404);

    const laInbox = await types(la);
    expect(laInbox).toEqual(
      expect.arrayContaining([
        `referral.offered:${ids[0]}`,
        `referral.offered:${ids[1]}`,
        `referral.declined:${ids[2]}`,
      ]),
    );

    const accepted = await la.post(`/v1/referrals/${ids[1]}/accept`, {});
    expect(accepted.status, accepted.text).toBe(201);
    expect(accepted.body).toMatchObject({
      requestId,
      unitId: 'rf-2',
      referralId: ids[1],
      holdId: null,
      status: 'active',
    });
    const bed = await s.app.store.units.getBed('rf-2', accepted.body.bedId);
    expect(bed?.state).toBe('occupied');

    const after = await la.get(`/v1/referrals?requestId=${requestId}`);
    const byId = new Map(after.body.items.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect([...byId.entries()].sort()).toEqual(
      [
        [ids[0], 'withdrawn'],
        [ids[1], 'accepted'],
        [ids[2], 'declined'],
        [ids[3], 'withdrawn'],
        [ids[4], 'withdrawn'],
      ].sort(),
    );
    expect((await la.get(`/v1/requests/${requestId}`)).body.status).toBe('placed');
    expect(await types(provider('rf-2'))).toContain(`referral.accepted:${ids[1]}`);
    expect(await types(provider('rf-4'))).toContain(`referral.withdrawn:${ids[3]}`);
    // The other offer can no longer be accepted.
    const late = await la.post(`/v1/referrals/${ids[0]}/accept`, {});
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_transition');

    expect(await readCounters(s.app.store, HOMES, s.now)).toEqual(
      await recountBeds(s.app.store, HOMES, s.now),
    );
    expect(await doubleBookings(s.app.store, HOMES, s.now)).toBe(0);

    const demand = await coordinator.get('/v1/demand?from=2026-11-25&to=2026-11-25');
    expect(demand.status, demand.text).toBe(200);
    // Figures over fewer than 5 children are withheld; the national row is the whole test's.
    expect(demand.body.national.referralsPerPlacement).toBeDefined();
    expect(demand.body.national.declines.total).toBeDefined();
  });

  it('refuses more than ten units, a unit twice, a closed request, another LA, and no Idempotency-Key', async () => {
    const requestId = await newRequest(la);
    const eleven = Array.from({ length: 11 }, (_, i) => `rf-${i}`);
    expect((await la.post('/v1/referrals', { requestId, unitIds: eleven }, key())).status).toBe(400);
    expect((await la.post('/v1/referrals', { requestId, unitIds: ['rf-1', 'rf-1'] }, key())).status).toBe(
      400,
    );
    expect((await la.post('/v1/referrals', { requestId, unitIds: [] }, key())).status).toBe(400);
    // A unit not on the register is not found, as for a hold (SPEC: 404 no such record).
    const unknown = await la.post('/v1/referrals', { requestId, unitIds: ['rf-1', 'nowhere'] }, key());
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
    expect(unknown.body.detail).toMatch(/nowhere/);
    expect((await otherLa.post('/v1/referrals', { requestId, unitIds: ['rf-1'] }, key())).status).toBe(404);
    const noKey = await la.post('/v1/referrals', { requestId, unitIds: ['rf-1'] }, { 'idempotency-key': '' });
    expect(noKey.status).toBe(428);
    expect(noKey.body.code).toBe('precondition_required');
    await la.post(`/v1/requests/${requestId}/withdraw`, { outcome: 'no_longer_needed' });
    const closed = await la.post('/v1/referrals', { requestId, unitIds: ['rf-1'] }, key());
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('invalid_transition');
  });

  it('refers only to open units that take the child: age, sex and status each refused as a hold is, 409 no_bed_available naming the unit', async () => {
    const boy = await newRequest(la, { ageYears: 12, sex: 'male', sosApprovalRef: 'SOS-2026-0007' });
    const older = await newRequest(la, { ageYears: 14, sex: 'female' });
    const fits = await newRequest(la, { ageYears: 12, sex: 'female', sosApprovalRef: 'SOS-2026-0008' });
    const refused = async (requestId: string, unitIds: string[], field: string, message: RegExp) => {
      const r = await la.post('/v1/referrals', { requestId, unitIds }, key());
      expect(r.status, r.text).toBe(409);
      expect(r.body.code).toBe('no_bed_available');
      expect(r.body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(r.body.detail).toMatch(message);
      // The same unit asked for a hold answers the same code: one rule, one answer.
      const unitId = unitIds[Number(field.split('.').at(-1))] as string;
      const hold = await la.post('/v1/holds', { requestId, unitId }, key());
      expect(hold.status, hold.text).toBe(409);
      expect(hold.body.code).toBe('no_bed_available');
    };
    await refused(boy, ['rf-1', 'rf-girls'], 'body.unitIds.1', /male/);
    await refused(older, ['rf-girls', 'rf-2'], 'body.unitIds.0', /aged 10 to 13/);
    await refused(fits, ['rf-paused'], 'body.unitIds.0', /is paused/);
    // All or none: nothing was referred for a refused round.
    for (const id of [boy, older, fits])
      expect((await la.get(`/v1/referrals?requestId=${id}`)).body.items).toEqual([]);
    expect(await types(provider('rf-girls'))).toEqual([]);
    const ok = await la.post('/v1/referrals', { requestId: fits, unitIds: ['rf-girls', 'rf-1'] }, key());
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.items.map((r: { unitId: string }) => r.unitId)).toEqual(['rf-girls', 'rf-1']);
  });

  it('refers a unit once while its referral is live: a second round naming it is refused (409 invalid_transition), nothing written; after a decline it may be asked again', async () => {
    const { requestId, referralIds } = await newReferrals(la, ['rf-1', 'rf-2']);
    const again = await la.post('/v1/referrals', { requestId, unitIds: ['rf-3', 'rf-2'] }, key());
    expect(again.status, again.text).toBe(409);
    expect(again.body.code).toBe('invalid_transition');
    expect(again.body.errors).toEqual([
      { field: 'body.unitIds.1', message: expect.stringContaining(referralIds[1] as string) },
    ]);
    // All or none: rf-3 was not asked either, and rf-2 was told once.
    expect((await la.get(`/v1/referrals?requestId=${requestId}`)).body.items).toHaveLength(2);
    expect((await types(provider('rf-2'))).filter((t) => t.startsWith('referral.created:')).length).toBe(
      (await provider('rf-2').get('/v1/referrals?limit=100')).body.items.length,
    );
    // An offer is live too, until it lapses.
    await provider('rf-1').post(`/v1/referrals/${referralIds[0]}/offer`, {});
    const offered = await la.post('/v1/referrals', { requestId, unitIds: ['rf-1'] }, key());
    expect(offered.status).toBe(409);
    expect(offered.body.code).toBe('invalid_transition');
    // A home that declined may be asked again (its beds may have changed); a new unit in the same round too.
    await provider('rf-2').post(`/v1/referrals/${referralIds[1]}/decline`, { reason: 'staffing' });
    const second = await la.post('/v1/referrals', { requestId, unitIds: ['rf-2', 'rf-3'] }, key());
    expect(second.status, second.text).toBe(201);
    expect(second.body.items.map((r: { unitId: string }) => r.unitId)).toEqual(['rf-2', 'rf-3']);
  });

  it('two rounds at once naming the same unit: exactly one is written', async () => {
    const requestId = await newRequest(la);
    const rounds = await Promise.all(
      [['rf-4'], ['rf-4', 'rf-5'], ['rf-5', 'rf-4']].map((unitIds) =>
        la.post('/v1/referrals', { requestId, unitIds }, key()),
      ),
    );
    const made = rounds.filter((r) => r.status === 201);
    expect(made, rounds.map((r) => r.text).join('\n')).toHaveLength(1);
    for (const r of rounds.filter((x) => x.status !== 201)) {
      expect(r.status, r.text).toBe(409);
      expect(r.body.code).toBe('invalid_transition');
    }
    const units = (await la.get(`/v1/referrals?requestId=${requestId}`)).body.items.map(
      (r: { unitId: string }) => r.unitId,
    );
    expect(units.sort()).toEqual(made[0]?.body.items.map((r: { unitId: string }) => r.unitId).sort());
  });

  it('pages one request’s referrals like every list (limit, cursor; no cursor on the last page)', async () => {
    const { requestId, referralIds } = await newReferrals(la, ['rf-1', 'rf-2', 'rf-3']);
    const first = await la.get(`/v1/referrals?requestId=${requestId}&limit=2`);
    expect(first.status, first.text).toBe(200);
    expect(first.body.items.map((r: { id: string }) => r.id)).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await la.get(
      `/v1/referrals?requestId=${requestId}&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(rest.status, rest.text).toBe(200);
    expect(rest.body.nextCursor).toBeUndefined();
    const seen = [...first.body.items, ...rest.body.items].map((r: { id: string }) => r.id);
    expect(seen.sort()).toEqual([...referralIds].sort());
    const exact = await la.get(`/v1/referrals?requestId=${requestId}&limit=3`);
    expect(exact.body.items).toHaveLength(3);
    expect(exact.body.nextCursor).toBeUndefined();
    const bad = await la.get(`/v1/referrals?requestId=${requestId}&cursor=nonsense`);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
  });

  it('an offer past OFFER_MINUTES reads as expired and cannot be accepted', async () => {
    const { referralIds } = await newReferrals(la, ['rf-4']);
    const id = referralIds[0] as string;
    await provider('rf-4').post(`/v1/referrals/${id}/offer`, {});
    s.now = new Date(s.now.getTime() + OFFER_MINUTES * 60_000);
    expect((await la.get(`/v1/referrals/${id}`)).body.status).toBe('expired');
    expect(
      (await la.get('/v1/referrals?status=expired')).body.items.map((r: { id: string }) => r.id),
    ).toContain(id);
    const accept = await la.post(`/v1/referrals/${id}/accept`, {});
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('invalid_transition');
  });

  it('no free bed: 409 no_bed_available, and the offer stands', async () => {
    const a = await newReferrals(la, ['rf-5']);
    const b = await newReferrals(la, ['rf-5']);
    const c = await newReferrals(la, ['rf-5']);
    for (const r of [a, b, c]) await provider('rf-5').post(`/v1/referrals/${r.referralIds[0]}/offer`, {});
    expect((await la.post(`/v1/referrals/${a.referralIds[0]}/accept`, {})).status).toBe(201);
    expect((await la.post(`/v1/referrals/${b.referralIds[0]}/accept`, {})).status).toBe(201);
    const full = await la.post(`/v1/referrals/${c.referralIds[0]}/accept`, {});
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('no_bed_available');
    expect((await la.get(`/v1/referrals/${c.referralIds[0]}`)).body.status).toBe('offered');
    expect((await la.get(`/v1/requests/${c.requestId}`)).body.status).toBe('open');
  });
});
