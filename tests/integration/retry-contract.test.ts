import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';

let app: App;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.stop());

describe('retries are safe by contract', () => {
  it('a creating POST without Idempotency-Key answers 428 and creates nothing', async () => {
    const la = as(app, 'la', 'E08000025');
    const body = requestBody();
    const refused = await la.post('/v1/requests', body, { 'idempotency-key': '' });
    expect(refused.status).toBe(428);
    expect(refused.body.code).toBe('precondition_required');
    const mine = await la.get('/v1/requests?limit=100');
    expect(mine.body.items.some((r: { childRef: string }) => r.childRef === body.childRef)).toBe(false);
  });

  it('DELETE /v1/holds/{id} twice answers the same released hold both times', async () => {
    const la = as(app, 'la', 'E08000025');
    const request = await la.post('/v1/requests', requestBody());
    const hold = await la.post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
    expect(hold.status).toBe(201);
    const first = await la.del(`/v1/holds/${hold.body.id}`);
    const again = await la.del(`/v1/holds/${hold.body.id}`);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.body.status).toBe('released');
  });

  it('ETags are strong, and a weak If-Match never matches (412)', async () => {
    const provider = as(app, 'provider', 'fx-provider-a');
    const beds = await provider.get('/v1/units/fx-leeds/beds');
    const bed = beds.body.items.find((b: { state: string }) => b.state === 'available');
    expect(bed.etag).toMatch(/^"[^"]*"$/);
    const weak = await provider.put(
      `/v1/units/fx-leeds/beds/${bed.id}`,
      { state: 'closed', reason: 'staffing' },
      { 'if-match': `W/${bed.etag}` },
    );
    expect(weak.status).toBe(412);
    const strong = await provider.put(
      `/v1/units/fx-leeds/beds/${bed.id}`,
      { state: 'closed', reason: 'staffing' },
      { 'if-match': bed.etag },
    );
    expect(strong.status).toBe(200);
    expect(strong.headers.get('etag')).toMatch(/^"[^"]*"$/);
  });
});
