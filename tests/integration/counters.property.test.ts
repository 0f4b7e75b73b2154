import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { SeedUnit } from '../../shared/data/register.js';
import type { HoldItem, PlacementItem } from '../../shared/store/records.js';
import { seedUnits } from '../../shared/store/seed.js';
import { sweepExpiredHolds } from '../../shared/store/sweep.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';

/**
 * Random interleavings of everything that moves a bed — holds of either stream on beds that may
 * serve both, accepts, declines, releases, expiry (by the clock and by the sweeper), discharges,
 * provider updates and pool-rule changes, some fired concurrently — never leave a bed promised
 * twice, a hold never breaks the pool rules, and the counters (counts, free beds, live holds)
 * always equal a recount.
 */

const HOLD_MINUTES = 30;
let app: App;
let now = new Date('2026-11-25T00:00:00Z');
let la: Client;
let coordinator: Client;
let run = 0;

beforeAll(async () => {
  app = await testApp({ clock: () => now, holdMinutes: HOLD_MINUTES, seed: [] });
  la = as(app, 'la', 'E08000025');
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

type Op =
  | { kind: 'hold'; stream: 'welfare' | 'justice' }
  | { kind: 'accept' | 'decline' | 'release'; pick: number }
  | { kind: 'discharge'; pick: number }
  | { kind: 'bed'; pick: number; close: boolean }
  | { kind: 'tick'; minutes: number }
  | { kind: 'sweep' }
  | { kind: 'rules'; department: 'DfE' | 'MoJ'; release: 'always' | 'never' | 'after_hours'; hours: number }
  | { kind: 'together'; ops: Op[] };

const simple: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('hold' as const),
      stream: fc.constantFrom('welfare' as const, 'justice' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('accept' as const, 'decline' as const, 'release' as const),
      pick: fc.nat(20),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('discharge' as const), pick: fc.nat(20) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('bed' as const), pick: fc.nat(20), close: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('tick' as const), minutes: fc.integer({ min: 1, max: 45 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'sweep' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rules' as const),
      department: fc.constantFrom('DfE' as const, 'MoJ' as const),
      release: fc.constantFrom('always' as const, 'never' as const, 'after_hours' as const),
      hours: fc.integer({ min: 0, max: 2 }),
    }),
  },
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: simple },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('together' as const),
      ops: fc.array(simple, { minLength: 2, maxLength: 5 }),
    }),
  },
);

interface World {
  unitId: string;
  holds: string[];
  placements: string[];
}

async function apply(w: World, o: Op): Promise<number[]> {
  const at = <T>(list: T[], pick: number) => list[pick % Math.max(1, list.length)];
  switch (o.kind) {
    case 'hold': {
      const body =
        o.stream === 'justice' ? requestBody({ stream: 'justice', legalBasis: 'remand' }) : requestBody();
      const req = await la.post('/v1/requests', body);
      const hold = await la.post('/v1/holds', { requestId: req.body.id, unitId: w.unitId });
      if (hold.status === 201) {
        w.holds.push(hold.body.id);
        // Whatever the rules were, a hold says truthfully whose bed it took.
        const own = o.stream === 'justice' ? 'MoJ' : 'DfE';
        expect(hold.body.flex).toBe(hold.body.contractedTo !== null && hold.body.contractedTo !== own);
      }
      return [req.status, hold.status];
    }
    case 'accept':
    case 'decline':
    case 'release': {
      const id = at(w.holds, o.pick);
      if (!id) return [];
      const r =
        o.kind === 'accept'
          ? await coordinator.post(`/v1/holds/${id}/accept`, {})
          : o.kind === 'decline'
            ? await coordinator.post(`/v1/holds/${id}/decline`, { reason: 'staffing' })
            : await la.del(`/v1/holds/${id}`);
      if (o.kind === 'accept' && r.status === 201) w.placements.push(r.body.id);
      return [r.status];
    }
    case 'discharge': {
      const id = at(w.placements, o.pick);
      if (!id) return [];
      return [
        (await coordinator.post(`/v1/placements/${id}/discharge`, { destination: 'foster_care' })).status,
      ];
    }
    case 'bed': {
      const beds = (await coordinator.get(`/v1/units/${w.unitId}/beds`)).body.items as {
        id: string;
        etag: string;
      }[];
      const bed = at(beds, o.pick);
      if (!bed) return [];
      const body = o.close ? { state: 'closed', reason: 'staffing' } : { state: 'available' };
      return [
        (await coordinator.put(`/v1/units/${w.unitId}/beds/${bed.id}`, body, { 'if-match': bed.etag }))
          .status,
      ];
    }
    case 'tick':
      now = new Date(now.getTime() + o.minutes * 60_000);
      return [];
    case 'rules': {
      const rule =
        o.release === 'after_hours'
          ? { department: o.department, release: o.release, afterHours: o.hours }
          : { department: o.department, release: o.release };
      return [(await coordinator.put('/v1/pool-rules', { rules: [rule] })).status];
    }
    case 'sweep':
      await sweepExpiredHolds(app.store, now);
      return [];
    case 'together':
      return (await Promise.all(o.ops.map((x) => apply(w, x)))).flat();
  }
}

/** Every held bed points at a live-or-lapsed active hold for that bed; every occupied bed at an active placement. */
async function pointersAgree(unitId: string) {
  for (const bed of await app.store.units.listBeds(unitId)) {
    if (bed.state === 'held') {
      const hold = (await app.store.holds.get(bed.holdId ?? '')) as HoldItem | undefined;
      expect(hold?.status, `bed ${bed.bedId} held by ${bed.holdId}`).toBe('active');
      expect(hold?.bedId).toBe(bed.bedId);
    }
    if (bed.state === 'occupied') {
      const p = (await app.store.placements.get(bed.placementId ?? '')) as PlacementItem | undefined;
      expect(p?.status, `bed ${bed.bedId} occupied by ${bed.placementId}`).toBe('active');
      expect(p?.bedId).toBe(bed.bedId);
    }
  }
}

describe('counters and beds under random interleavings', () => {
  it('never hold or occupy a bed twice, never answer 5xx, and counters always equal a recount', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 14 }), async (ops) => {
        const unitId = `prop-${++run}`;
        const seed: SeedUnit = {
          ...(FIXTURE_UNITS[0] as SeedUnit),
          id: unitId,
          name: `Property unit ${run} (illustrative)`,
          // Beds eligible for both streams under every kind of contract, so holds of either
          // stream compete for the same beds and the pool rules decide who may take which.
          beds: [
            { count: 2, eligibleStreams: ['welfare', 'justice'], contractedTo: 'DfE' },
            { count: 2, eligibleStreams: ['welfare', 'justice'], contractedTo: 'MoJ' },
            { count: 1, eligibleStreams: ['welfare', 'justice'], contractedTo: null },
            { count: 1, eligibleStreams: ['justice'], contractedTo: 'MoJ' },
          ],
        };
        await seedUnits(app.store.db, [seed], { now, profile: 'free' });
        const w: World = { unitId, holds: [], placements: [] };
        for (const o of ops) {
          const statuses = await apply(w, o);
          expect(statuses.filter((s) => s >= 500)).toEqual([]);
        }
        expect(await readCounters(app.store, [unitId], now)).toEqual(
          await recountBeds(app.store, [unitId], now),
        );
        expect(await doubleBookings(app.store, [unitId], now)).toBe(0);
        await pointersAgree(unitId);
      }),
      { numRuns: 20 },
    );
  }, 900_000);
});
