import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { sweepRequestRhythm } from '../../shared/store/request-rhythm.js';
import { as, type Client, FIXTURE_UNITS, testApp } from '../support/app.js';
import { newRequest } from '../support/journey.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';

/**
 * SPEC's "Done when", through the API, five times over so that the demand figures (withheld under
 * 5) can be read exactly: each night-duty referral round goes to five homes, two offer, one
 * declines, the LA accepts one offer; five requests are left alone (after a hold their home
 * declined) and lapse; five are withdrawn with what happened to the child. A fresh table, so every figure is this test's own.
 */
const HOMES = ['jy-1', 'jy-2', 'jy-3', 'jy-4', 'jy-5'];
const home = (id: string): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Journey home ${id} (illustrative)`,
  providerId: `prov-${id}`,
  providerName: `Provider of ${id} (illustrative)`,
  beds: streamBeds({ welfare: 2 }),
});
const ROUNDS = 5;
const START = new Date('2026-11-25T01:30:00Z');
const DAY = START.toISOString().slice(0, 10);

let app: App;
let now = START;
let la: Client;
let coordinator: Client;
let commissioner: Client;
const provider = (unitId: string) => as(app, 'provider', `prov-${unitId}`);

beforeAll(async () => {
  app = await testApp({ clock: () => now, seed: HOMES.map(home), sweepEverySeconds: 3600 });
  la = as(app, 'la', 'E08000025');
  coordinator = as(app, 'coordinator', 'national');
  commissioner = as(app, 'commissioner', 'DfE');
});
afterAll(() => app.stop());

const inbox = async (c: Client) =>
  ((await c.get('/v1/notifications?limit=100')).body.items as { type: string; entityId: string }[]).map(
    (n) => `${n.type}:${n.entityId}`,
  );

/** The five homes in an order that turns with the round, so each home's beds fill evenly. */
const turn = (round: number) => HOMES.map((_, i) => HOMES[(i + round) % HOMES.length] as string);

const placed: string[] = [];
const lapsing: string[] = [];

describe('five night-duty referral rounds', () => {
  it.each(Array.from({ length: ROUNDS }, (_, i) => i))(
    'round %i: placed from the second offer, the rest withdrawn',
    async (round) => {
      const homes = turn(round);
      const requestId = await newRequest(la, {
        profile: { currentLocation: 'police_custody', careStatus: 's20' },
      });
      const made = await la.post('/v1/referrals', { requestId, unitIds: homes });
      expect(made.status, made.text).toBe(201);
      const ids = made.body.items.map((r: { id: string }) => r.id) as string[];
      const [first, second, third, fourth, fifth] = ids as [string, string, string, string, string];
      const at = (i: number) => homes[i] as string;

      expect(await inbox(provider(at(0)))).toContain(`referral.created:${first}`);
      expect((await provider(at(0)).post(`/v1/referrals/${first}/offer`, {})).status).toBe(200);
      expect((await provider(at(1)).post(`/v1/referrals/${second}/offer`, {})).status).toBe(200);
      const declined = await provider(at(2)).post(`/v1/referrals/${third}/decline`, {
        reason: 'mix_of_children',
        note: 'Two children of similar risk already placed (illustrative)',
      });
      expect(declined.status).toBe(200);
      expect(await inbox(la)).toEqual(
        expect.arrayContaining([
          `referral.offered:${first}`,
          `referral.offered:${second}`,
          `referral.declined:${third}`,
        ]),
      );

      // The LA sees each home's answer before choosing.
      const answers = await la.get(`/v1/referrals?requestId=${requestId}`);
      const seen = Object.fromEntries(
        answers.body.items.map((r: { id: string; status: string }) => [r.id, r.status]),
      );
      expect(seen).toEqual({
        [first]: 'offered',
        [second]: 'offered',
        [third]: 'declined',
        [fourth]: 'pending',
        [fifth]: 'pending',
      });
      const note = answers.body.items.find((r: { id: string }) => r.id === third);
      expect(note).toMatchObject({
        declineReason: 'mix_of_children',
        declineNote: expect.stringContaining('similar risk'),
      });

      const accepted = await la.post(`/v1/referrals/${second}/accept`, {});
      expect(accepted.status, accepted.text).toBe(201);
      expect(accepted.body).toMatchObject({ requestId, unitId: at(1), referralId: second, status: 'active' });
      placed.push(accepted.body.id);

      const after = await la.get(`/v1/referrals?requestId=${requestId}`);
      const end = Object.fromEntries(
        after.body.items.map((r: { id: string; status: string }) => [r.id, r.status]),
      );
      expect(end).toEqual({
        [first]: 'withdrawn',
        [second]: 'accepted',
        [third]: 'declined',
        [fourth]: 'withdrawn',
        [fifth]: 'withdrawn',
      });
      expect((await la.get(`/v1/requests/${requestId}`)).body).toMatchObject({
        status: 'placed',
        placementId: accepted.body.id,
      });
      expect(await inbox(provider(at(1)))).toContain(`referral.accepted:${second}`);
      for (const [i, id] of [
        [0, first],
        [3, fourth],
        [4, fifth],
      ] as const)
        expect(await inbox(provider(at(i)))).toContain(`referral.withdrawn:${id}`);
      // The home that declined has nothing more to hear about it.
      expect(await inbox(provider(at(2)))).not.toContain(`referral.withdrawn:${third}`);
    },
  );

  it('requests left alone: five lapse; five more are withdrawn with what happened to the child', async () => {
    for (let i = 0; i < ROUNDS; i++) lapsing.push(await newRequest(la));
    // Each of those first tried a hold, which its home declined (a decline the figures count
    // beside the referrals' ones), and then nobody came back to it.
    for (const [i, requestId] of lapsing.entries()) {
      const unitId = HOMES[i] as string;
      const hold = await la.post('/v1/holds', { requestId, unitId });
      expect(hold.status, hold.text).toBe(201);
      const no = await provider(unitId).post(`/v1/holds/${hold.body.id}/decline`, { reason: 'staffing' });
      expect(no.status, no.text).toBe(200);
      expect(await inbox(la)).toContain(`hold.declined:${hold.body.id}`);
    }
    for (let i = 0; i < ROUNDS; i++) {
      const id = await newRequest(la);
      const w = await la.post(`/v1/requests/${id}/withdraw`, {
        outcome: 'dol_order_unregistered',
        note: 'Order made for an unregistered children’s home (illustrative)',
      });
      expect(w.status, w.text).toBe(200);
      expect(w.body).toMatchObject({ status: 'withdrawn', outcome: 'dol_order_unregistered' });
      // The outcome is kept on the request, not only in the answer to the withdrawal.
      expect((await la.get(`/v1/requests/${id}`)).body).toMatchObject({
        status: 'withdrawn',
        outcome: 'dol_order_unregistered',
        outcomeNote: expect.stringContaining('unregistered'),
      });
    }

    // Two days before they lapse, the LA is reminded; nobody answers.
    now = new Date(START.getTime() + 12 * 86_400_000);
    await sweepRequestRhythm(app.store, now);
    const reminded = await inbox(la);
    for (const id of lapsing) {
      expect(reminded).toContain(`request.refresh_due:${id}`);
      expect((await la.get(`/v1/requests/${id}`)).body.status).toBe('open');
    }

    // A fortnight on, each reads as lapsed before anything has tidied it, and says so in lists too.
    now = new Date(START.getTime() + 14 * 86_400_000);
    for (const id of lapsing) expect((await la.get(`/v1/requests/${id}`)).body.status).toBe('lapsed');
    const listed = (await la.get('/v1/requests?status=lapsed&limit=100')).body.items as { id: string }[];
    expect(listed.map((r) => r.id).sort()).toEqual([...lapsing].sort());
    await sweepRequestRhythm(app.store, now);
    const [toLa, toCoordinator] = await Promise.all([inbox(la), inbox(coordinator)]);
    for (const id of lapsing) {
      expect(toLa).toContain(`request.lapsed:${id}`);
      expect(toCoordinator).toContain(`request.lapsed:${id}`);
    }
  });

  it('the demand figures count it all: placed, declines of holds and referrals, referrals per placement, lapsed and outcomes', async () => {
    const demand = await commissioner.get(`/v1/demand?from=${DAY}&to=${DAY}`);
    expect(demand.status, demand.text).toBe(200);
    const n = demand.body.national;
    expect(n.requests).toEqual({ value: ROUNDS * 3, suppressed: false });
    expect(n.placed).toEqual({ value: ROUNDS, suppressed: false });
    expect(n.unplaced).toEqual({ value: ROUNDS * 2, suppressed: false });
    expect(n.lapsed).toEqual({ value: ROUNDS, suppressed: false });
    expect(n.unplacedByOutcome.dol_order_unregistered).toEqual({ value: ROUNDS, suppressed: false });
    expect(n.referralsPerPlacement).toEqual({ value: HOMES.length, suppressed: false });
    // Declines from referrals (mix of children) and from holds (staffing), counted together.
    expect(n.declines.total).toEqual({ value: ROUNDS * 2, suppressed: false });
    expect(n.declines.byReason.mix_of_children).toEqual({ value: ROUNDS, suppressed: false });
    expect(n.declines.byReason.staffing).toEqual({ value: ROUNDS, suppressed: false });
    expect(JSON.stringify(demand.body)).not.toMatch(/case-|childRef/);
  });

  it('leaves every bed counted once: one occupied bed per placement', async () => {
    expect(placed).toHaveLength(ROUNDS);
    expect(await readCounters(app.store, HOMES, now)).toEqual(await recountBeds(app.store, HOMES, now));
    expect(await doubleBookings(app.store, HOMES, now)).toBe(0);
    let occupied = 0;
    for (const id of HOMES)
      occupied += ((await coordinator.get(`/v1/units/${id}/beds`)).body.items as { state: string }[]).filter(
        (b) => b.state === 'occupied',
      ).length;
    expect(occupied).toBe(ROUNDS);
  });
});
