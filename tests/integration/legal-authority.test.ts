import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { sweepLegalAuthority } from '../../shared/store/sweep.js';
import { type Client, fixtureUsers, requestBody, testApp } from '../support/app.js';

const START = new Date('2026-10-01T10:00:00Z');
const clock = { now: START };
let app: App;
const { la, otherLa, provider, coordinator } = fixtureUsers(() => app);
beforeAll(async () => {
  app = await testApp({ clock: () => clock.now, sweepEverySeconds: 3600 });
});
afterAll(() => app.stop());

/** A child placed at the Leeds fixture home now (request, hold, accept), on the given basis. */
async function placeChild(over: Record<string, unknown> = {}): Promise<string> {
  const request = await la.post('/v1/requests', requestBody(over));
  expect(request.status).toBe(201);
  const hold = await la.post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
  expect(hold.status).toBe(201);
  const placement = await provider.post(`/v1/holds/${hold.body.id}/accept`, {});
  expect(placement.status).toBe(201);
  return placement.body.id;
}

const read = async (id: string) => (await la.get(`/v1/placements/${id}`)).body;
const record = (who: Client, id: string, body: Record<string, unknown>) =>
  who.post(`/v1/placements/${id}/legal-authority`, body);
const discharge = (id: string) => la.post(`/v1/placements/${id}/discharge`, { destination: 'home' });

async function auditActions(id: string): Promise<string[]> {
  const out = await coordinator.get(`/v1/audit?entity=${id}&limit=100`);
  expect(out.status).toBe(200);
  return out.body.items.map((e: { action: string }) => e.action);
}

async function at<T>(when: string, run: () => Promise<T>): Promise<T> {
  clock.now = new Date(when);
  try {
    return await run();
  } finally {
    clock.now = START;
  }
}

describe('legal authority on a placement', () => {
  it('a 72-hour placement is lawful for 72 hours from its start, ending soon in its last 24', async () => {
    const id = await placeChild({ legalBasis: 's25_72_hour' });
    const first = await read(id);
    expect(first.legalAuthority).toEqual({
      basis: 's25_72_hour',
      from: START.toISOString(),
      until: '2026-10-04T10:00:00.000Z',
      courtHearingAt: null,
      status: 'ok',
    });
    expect(first.legalAuthorityHistory).toHaveLength(1);
    expect(first).not.toHaveProperty('legalAuthorityEndsOn');

    await at('2026-10-03T11:00:00Z', async () => {
      expect((await read(id)).legalAuthority.status).toBe('ending_soon');
    });
    await at('2026-10-04T10:00:00Z', async () => {
      const late = await read(id);
      expect(late.legalAuthority.status).toBe('lapsed');
      expect(late.warnings[0]).toContain('ended at 2026-10-04T10:00:00.000Z');
    });
    expect((await discharge(id)).status).toBe(200);
  });

  it('the placing LA records a court order: a new entry in the history, audited, the placement lawful again', async () => {
    const id = await placeChild({ legalBasis: 's25_72_hour' });
    const order = {
      basis: 's25_order',
      from: '2026-10-03T14:00:00Z',
      until: '2027-01-03T14:00:00Z',
      courtHearingAt: '2026-12-20T10:00:00Z',
    };
    const out = await at('2026-10-03T15:00:00Z', () => record(la, id, order));
    expect(out.status).toBe(201);
    expect(out.body.legalAuthority).toEqual({
      basis: 's25_order',
      from: '2026-10-03T14:00:00.000Z',
      until: '2027-01-03T14:00:00.000Z',
      courtHearingAt: '2026-12-20T10:00:00.000Z',
      status: 'ok',
    });
    expect(out.body.legalAuthorityHistory.map((o: { basis: string }) => o.basis)).toEqual([
      's25_72_hour',
      's25_order',
    ]);
    // A week later the 72 hours are long gone but the order holds.
    await at('2026-10-10T10:00:00Z', async () => {
      expect((await read(id)).legalAuthority).toMatchObject({ basis: 's25_order', status: 'ok' });
    });
    expect(await auditActions(id)).toContain('placement.legal_authority_recorded');

    // A renewal by a coordinator, kept after the first two.
    const renewal = await record(coordinator, id, {
      basis: 's25_order',
      from: '2027-01-03T14:00:00Z',
      until: '2027-07-03T14:00:00Z',
    });
    expect(renewal.status).toBe(201);
    expect(renewal.body.legalAuthorityHistory).toHaveLength(3);
    expect((await discharge(id)).status).toBe(200);
  });

  it('refuses a welfare order over 6 months, a 72-hour order that runs longer, and a basis of another stream', async () => {
    const id = await placeChild();
    const over = await record(la, id, {
      basis: 's25_order',
      from: '2026-10-01T10:00:00Z',
      until: '2027-04-01T10:00:01Z',
    });
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('validation_failed');
    expect(over.body.errors[0].field).toBe('body.until');
    const year = await record(la, id, {
      basis: 's25_72_hour',
      from: '2026-10-01T10:00:00Z',
      until: '2027-10-01T10:00:00Z',
    });
    expect(year.status).toBe(400);
    const wrong = await record(la, id, { basis: 'remand', from: '2026-10-01T10:00:00Z', until: null });
    expect(wrong.status).toBe(400);
    const unknown = await record(la, id, {
      basis: 's25_order',
      from: '2026-10-01',
      until: '2026-11-01',
      x: 1,
    });
    expect(unknown.status).toBe(400);
    // Nothing was recorded.
    expect((await read(id)).legalAuthorityHistory).toHaveLength(1);
    expect(await auditActions(id)).not.toContain('placement.legal_authority_recorded');
    expect((await discharge(id)).status).toBe(200);
  });

  it('only the placing LA or a coordinator may record an order; a discharged placement takes none', async () => {
    const id = await placeChild();
    const order = { basis: 's25_order', from: '2026-10-01T10:00:00Z', until: '2026-12-01T10:00:00Z' };
    expect((await record(provider, id, order)).status).toBe(403);
    expect((await record(otherLa, id, order)).status).toBe(404);
    expect((await discharge(id)).status).toBe(200);
    const late = await record(la, id, order);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_transition');
  });

  it('two orders recorded at once are both kept', async () => {
    const id = await placeChild();
    const outs = await Promise.all(
      ['2026-11-01T10:00:00Z', '2026-12-01T10:00:00Z'].map((until) =>
        record(la, id, { basis: 's25_order', from: '2026-10-01T10:00:00Z', until }),
      ),
    );
    expect(outs.map((o) => o.status)).toEqual([201, 201]);
    expect((await read(id)).legalAuthorityHistory).toHaveLength(3);
    expect((await discharge(id)).status).toBe(200);
  });
});

describe('notifications of authority ending and lapsed', () => {
  it('the sweeper tells the placing LA and coordinators once per state, however often it runs', async () => {
    const id = await placeChild({ legalBasis: 's25_72_hour' });
    const notices = async () => {
      const all = [
        ...(await app.store.audit.notificationsSince('2026-10-03', '0')),
        ...(await app.store.audit.notificationsSince('2026-10-04', '0')),
      ];
      return all.filter((n) => n.notify.ids.placementId === id);
    };
    expect(await sweepLegalAuthority(app.store, new Date('2026-10-02T10:00:00Z'))).toBe(0);

    const soon = new Date('2026-10-03T11:00:00Z');
    await Promise.all([sweepLegalAuthority(app.store, soon), sweepLegalAuthority(app.store, soon)]);
    await sweepLegalAuthority(app.store, new Date('2026-10-03T12:00:00Z'));
    const lapsed = new Date('2026-10-04T11:00:00Z');
    await Promise.all([sweepLegalAuthority(app.store, lapsed), sweepLegalAuthority(app.store, lapsed)]);

    const sent = await notices();
    expect(sent.map((n) => n.action)).toEqual([
      'placement.authority_ending_soon',
      'placement.authority_lapsed',
    ]);
    for (const n of sent) expect(n.notify.to).toEqual(['la:E08000025', 'coordinators']);

    // A new order moves the end: its own lapse is announced again later.
    await at('2026-10-04T12:00:00Z', async () => {
      expect(
        (
          await record(la, id, {
            basis: 's25_order',
            from: '2026-10-04T12:00:00Z',
            until: '2026-10-20T12:00:00Z',
          })
        ).status,
      ).toBe(201);
    });
    expect(await sweepLegalAuthority(app.store, new Date('2026-10-04T13:00:00Z'))).toBe(0);
    expect(await sweepLegalAuthority(app.store, new Date('2026-10-14T13:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect((await discharge(id)).status).toBe(200);
  });
});
