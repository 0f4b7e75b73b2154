import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';

/**
 * Matches a page at a time (SPEC: `limit`, `cursor`, `nextCursor` absent on the last page), in
 * ranking order: fit band, then distance within a band. Twelve illustrative homes in a line going
 * north from Birmingham (the home LA, E08000025), every other one specialising in self-harm.
 */
const now = new Date('2026-11-25T02:00:00Z');
let app: App;
let la: Client;
let coordinator: Client;

const line: SeedUnit[] = Array.from({ length: 12 }, (_, i) => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id: `pg-${String(i).padStart(2, '0')}`,
  name: `Paging fixture ${i} (illustrative)`,
  location: { lat: 52.5 + i * 0.2, lon: -1.9 },
  specialisms: i % 2 === 0 ? ['self_harm'] : ['autism'],
  beds: streamBeds({ welfare: 1 }),
}));

beforeAll(async () => {
  app = await testApp({ clock: () => now, seed: line });
  la = as(app, 'la', 'E08000025');
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

async function newRequest(over: Record<string, unknown> = {}): Promise<string> {
  const r = await la.post('/v1/requests', requestBody(over));
  expect(r.status).toBe(201);
  return r.body.id;
}

interface M {
  unitId: string;
  rank: number;
  band: number;
  distanceKm: number;
  reasons: string[];
}

async function allPages(requestId: string, limit: number): Promise<M[][]> {
  const pages: M[][] = [];
  let cursor: string | undefined;
  do {
    const q = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const r = await la.get(`/v1/requests/${requestId}/matches?${q}`);
    expect(r.status).toBe(200);
    pages.push(r.body.items);
    cursor = r.body.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

describe('matches, a page at a time', () => {
  it('pages through every fitting unit in rank order, ranks running on, the last page without a cursor', async () => {
    const id = await newRequest({ needs: ['self_harm'] });
    const whole = await la.get(`/v1/requests/${id}/matches?limit=100`);
    expect(whole.status).toBe(200);
    expect(whole.body.nextCursor).toBeUndefined();
    const all: M[] = whole.body.items;
    expect(all).toHaveLength(12);
    expect(all.map((m) => m.rank)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));

    const pages = await allPages(id, 5);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(pages.flat()).toEqual(all);

    // Band 1 (self-harm homes) first, nearest first; then band 3, nearest first.
    expect(all.slice(0, 6).map((m) => m.unitId)).toEqual([
      'pg-00',
      'pg-02',
      'pg-04',
      'pg-06',
      'pg-08',
      'pg-10',
    ]);
    expect(all.slice(6).map((m) => m.band)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(all.slice(6).map((m) => m.unitId)).toEqual(['pg-01', 'pg-03', 'pg-05', 'pg-07', 'pg-09', 'pg-11']);
    for (const m of all) {
      expect(m.reasons[0]).toMatch(new RegExp(`^Fit band ${m.band} of 3`));
      expect(m.reasons.join(' ')).toContain(`${m.distanceKm} km from the home local authority`);
    }
  });

  it('defaults to 50 a page, and refuses a limit outside 1–100, a cursor it never gave out, and unknown parameters', async () => {
    const id = await newRequest();
    const first = await la.get(`/v1/requests/${id}/matches`);
    expect(first.body.items).toHaveLength(12);
    for (const q of [
      'limit=0',
      'limit=101',
      'limit=two',
      'cursor=not-a-cursor',
      `cursor=${Buffer.from('{"b":1,"k":5,"u":"pg-00"}').toString('base64url')}`,
      `cursor=${Buffer.from('{"pk":"COUNTERS","sk":"pg-00"}').toString('base64url')}`,
      'sort=distance',
    ]) {
      const r = await la.get(`/v1/requests/${id}/matches?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.headers.get('content-type'), q).toMatch(/^application\/problem\+json/);
      expect(r.body.code, q).toBe('validation_failed');
    }
  });

  it('skips a unit that has no free bed left, still filling the page', async () => {
    const holder = await newRequest();
    const hold = await la.post('/v1/holds', { requestId: holder, unitId: 'pg-02' });
    expect(hold.status).toBe(201);
    const id = await newRequest();
    const pages = await allPages(id, 3);
    const ids = pages.flat().map((m) => m.unitId);
    expect(ids).not.toContain('pg-02');
    expect(ids).toHaveLength(11);
    expect(pages[0]?.map((m) => m.unitId)).toEqual(['pg-00', 'pg-04', 'pg-06']);
    expect(pages.flat().map((m) => m.rank)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect((await la.del(`/v1/holds/${hold.body.id}`)).status).toBe(200);
  });

  it('follows register changes at once: a paused unit leaves, a moved unit takes its new place', async () => {
    const id = await newRequest({ needs: [] });
    const unitOf = (u: string) => coordinator.get(`/v1/units/${u}`);
    const pause = await coordinator.call(
      'PATCH',
      '/v1/units/pg-00',
      { status: 'paused', statusReason: 'Paging test (illustrative)' },
      { 'if-match': (await unitOf('pg-00')).body.etag },
    );
    expect(pause.status).toBe(200);
    const move = await coordinator.call(
      'PATCH',
      '/v1/units/pg-11',
      { location: { lat: 52.5, lon: -1.9 } },
      { 'if-match': (await unitOf('pg-11')).body.etag },
    );
    expect(move.status).toBe(200);
    const first = (await allPages(id, 2))[0] ?? [];
    expect(first.map((m) => m.unitId)).toEqual(['pg-11', 'pg-01']);
  });
});
