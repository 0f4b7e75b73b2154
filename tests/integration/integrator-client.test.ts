import { randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { paths } from '../../shared/contract/client.js';
import { testApp, WELFARE_REQUEST } from '../support/app.js';
import { expectConforms } from '../support/contract.js';

let app: App;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.stop());

/** fetch that also holds every answer to openapi.json, like the test Client does. */
const checkedFetch = async (input: Request): Promise<Response> => {
  const response = await fetch(input);
  const text = await response.clone().text();
  const url = new URL(input.url);
  expectConforms({
    method: input.method,
    path: url.pathname,
    status: response.status,
    headers: response.headers,
    text,
  });
  return response;
};

// Written from openapi.json alone, through its generated types (shared/contract/client.d.ts) and
// openapi-fetch: no helper of ours, no knowledge of the server's code (the request body is the
// tests' usual fixture, WELFARE_REQUEST, which the contract's own type admits).
describe('a client written from the document alone', () => {
  it('authenticates through POST /local/token, asks for a bed, finds a match and places a hold', async () => {
    const api = createClient<paths>({ baseUrl: app.url, fetch: checkedFetch });

    const token = await api.POST('/local/token', { body: { role: 'la', org: 'E08000025' } });
    expect(token.response.status).toBe(200);
    const headers = { Authorization: `Bearer ${token.data?.token}` };

    const created = await api.POST('/v1/requests', {
      headers,
      params: { header: { 'Idempotency-Key': randomUUID() } },
      body: { ...WELFARE_REQUEST, childRef: `integrator-${randomUUID().slice(0, 8)}-9` },
    });
    expect(created.response.status).toBe(201);
    const requestId = created.data?.id ?? '';
    expect(created.response.headers.get('location')).toBe(`/v1/requests/${requestId}`);

    const matches = await api.GET('/v1/requests/{id}/matches', {
      headers,
      params: { path: { id: requestId } },
    });
    const unitId = matches.data?.items[0]?.unitId ?? '';
    expect(unitId).not.toBe('');

    const hold = await api.POST('/v1/holds', {
      headers,
      params: { header: { 'Idempotency-Key': randomUUID() } },
      body: { requestId, unitId },
    });
    expect(hold.response.status).toBe(201);
    expect(hold.data).toMatchObject({ requestId, unitId, status: 'active' });
  });

  it('learns from the document that a creating POST without Idempotency-Key answers 428', async () => {
    const api = createClient<paths>({ baseUrl: app.url, fetch: checkedFetch });
    const token = await api.POST('/local/token', { body: { role: 'la', org: 'E08000025' } });
    const refused = await api.POST('/v1/holds', {
      headers: { Authorization: `Bearer ${token.data?.token}` },
      // @ts-expect-error the document makes the key required: leaving it out does not type-check
      params: { header: {} },
      body: { requestId: 'r-unknown', unitId: 'fx-leeds' },
    });
    expect(refused.response.status).toBe(428);
    expect(refused.error?.code).toBe('precondition_required');
  });
});
