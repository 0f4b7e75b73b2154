import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, type Client, requestBody, testApp } from '../support/app.js';

let app: App;
let la: Client;
let coordinator: Client;

beforeAll(async () => {
  app = await testApp();
  la = as(app, 'la', 'E08000025');
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

describe('creating a request', () => {
  it('answers 201 with the request and its Location, owned by the calling LA', async () => {
    const r = await la.post('/v1/requests', requestBody());
    expect(r.status).toBe(201);
    expect(r.headers.get('location')).toBe(`/v1/requests/${r.body.id}`);
    expect(r.body).toMatchObject({ laCode: 'E08000025', status: 'open', unmet: false, activeHoldId: null });
  });

  it('refuses a childRef that looks like a name or an NHS number', async () => {
    for (const childRef of ['Jane', 'jane.smith', '943-476-5919', '9434765919']) {
      const r = await la.post('/v1/requests', requestBody({ childRef }));
      expect(r.status, childRef).toBe(400);
      expect(r.body.errors[0].field).toBe('body.childRef');
    }
  });

  it('refuses a legal basis from another stream, an unknown LA and unknown fields', async () => {
    const wrongBasis = await la.post(
      '/v1/requests',
      requestBody({ stream: 'justice', legalBasis: 's25_order' }),
    );
    expect(wrongBasis.status).toBe(400);
    expect(wrongBasis.body.errors.map((e: { field: string }) => e.field)).toContain('body.legalBasis');
    const unknownLa = await la.post('/v1/requests', requestBody({ homeLaCode: 'E07000001' }));
    expect(unknownLa.status).toBe(400);
    const extra = await la.post('/v1/requests', { ...requestBody(), name: 'Someone' });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('validation_failed');
  });

  it('makes one request however often the same Idempotency-Key is retried', async () => {
    const body = requestBody();
    const headers = { 'idempotency-key': `req-${body.childRef}` };
    const [a, b] = [
      await la.post('/v1/requests', body, headers),
      await la.post('/v1/requests', body, headers),
    ];
    expect(a.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    const mine = await la.get('/v1/requests?limit=100');
    expect(mine.body.items.filter((r: { childRef: string }) => r.childRef === body.childRef)).toHaveLength(1);
  });

  it('lets a coordinator raise a request on behalf of the home LA', async () => {
    const r = await coordinator.post('/v1/requests', requestBody({ homeLaCode: 'E10000008' }));
    expect(r.status).toBe(201);
    expect(r.body.laCode).toBe('E10000008');
  });
});

describe('matching and unmet demand', () => {
  it('records a request with no fitting unit as unmet, and lists no matches', async () => {
    const r = await la.post(
      '/v1/requests',
      requestBody({ stream: 'mental_health', legalBasis: 'mha_s2', sex: 'male' }),
    );
    const matches = await la.get(`/v1/requests/${r.body.id}/matches`);
    expect(matches.status).toBe(200);
    expect(matches.body.items).toEqual([]);
    expect((await la.get(`/v1/requests/${r.body.id}`)).body.unmet).toBe(true);
  });

  it('lists every fitting unit with distance from the home LA', async () => {
    const r = await la.post('/v1/requests', requestBody({ stream: 'mental_health', legalBasis: 'mha_s3' }));
    const matches = await la.get(`/v1/requests/${r.body.id}/matches`);
    expect(matches.body.items).toHaveLength(1);
    expect(matches.body.items[0]).toMatchObject({ unitId: 'fx-ward', rank: 1, available: 2 });
    expect(matches.body.items[0].distanceKm).toBeLessThan(5);
  });
});

describe('withdrawing', () => {
  it('withdraws an open request, and refuses while it has a live hold', async () => {
    const r = await la.post('/v1/requests', requestBody());
    const hold = await la.post('/v1/holds', { requestId: r.body.id, unitId: 'fx-leeds' });
    const refused = await la.post(`/v1/requests/${r.body.id}/withdraw`, { outcome: 'no_longer_needed' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('invalid_transition');
    await la.del(`/v1/holds/${hold.body.id}`);
    const ok = await la.post(`/v1/requests/${r.body.id}/withdraw`, { outcome: 'no_longer_needed' });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('withdrawn');
    const again = await la.post(`/v1/requests/${r.body.id}/withdraw`, { outcome: 'no_longer_needed' });
    expect(again.status).toBe(409);
    const holdAfter = await la.post('/v1/holds', { requestId: r.body.id, unitId: 'fx-leeds' });
    expect(holdAfter.status).toBe(409);
  });

  it('filters the LA’s requests by status', async () => {
    const list = await la.get('/v1/requests?status=withdrawn');
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((r: { status: string }) => r.status === 'withdrawn')).toBe(true);
  });

  it('pages with a cursor and refuses a forged one', async () => {
    const first = await la.get('/v1/requests?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBeDefined();
    const second = await la.get(`/v1/requests?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    const forged = Buffer.from(
      JSON.stringify({ gsi1pk: 'LA#E09000001#REQ', gsi1sk: 'x', pk: 'x', sk: 'x' }),
    ).toString('base64url');
    expect((await la.get(`/v1/requests?cursor=${forged}`)).status).toBe(400);
  });
});
