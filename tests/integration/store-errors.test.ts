import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, type Client, FIXTURE_UNITS, type Res, requestBody, testApp } from '../support/app.js';
import {
  failIdempotencyRecord as failRecord,
  keepErrorLogs,
  sdkError,
  expectStoreAgrees as storeAgrees,
} from '../support/faults.js';
import { snapshot } from '../support/hardening.js';
import { newRequest } from '../support/journey.js';

/**
 * The store failing outside an operation's own calls: the idempotency layer's record failing to be
 * written, completed or cleared, and an error that is not about load or reach (a 500, never a
 * 503 that promises a retry is safe). The per-operation fault matrix is in faults.test.ts.
 */

let app: App;
let la: Client;
let logged: string[] = [];
const UNIT = 'fx-leeds';
const UNITS = FIXTURE_UNITS.map((u) => u.id);

beforeAll(async () => {
  app = await testApp({ sweepEverySeconds: 3600 });
  la = as(app, 'la', 'E08000025');
  logged = keepErrorLogs(app);
});
afterAll(() => app.stop());

const expectStoreAgrees = () => storeAgrees(app, UNITS);
const failIdempotencyRecord = (command: Parameters<typeof failRecord>[1]) => failRecord(app, command);

const requestsWith = (items: Record<string, unknown>[], childRef: string) =>
  items.filter((i) => i.type === 'request' && i.childRef === childRef);

describe('the idempotency layer failing', () => {
  it('its record failing to be written answers 503, changes nothing, and a retry with the key creates the request once', async () => {
    const childRef = `case-${randomUUID().slice(0, 8)}-2`;
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const before = await snapshot(app);
    const restore = failIdempotencyRecord('PutItemCommand');
    let first: Res;
    try {
      first = await la.post('/v1/requests', requestBody({ childRef }), headers);
    } finally {
      restore();
    }
    expect(first.status, first.text).toBe(503);
    expect(first.body.code).toBe('unavailable');
    expect(await snapshot(app)).toEqual(before);
    const retry = await la.post('/v1/requests', requestBody({ childRef }), headers);
    expect(retry.status, retry.text).toBe(201);
    const replay = await la.post('/v1/requests', requestBody({ childRef }), headers);
    expect(replay.body).toEqual(retry.body);
    expect(requestsWith(await snapshot(app), childRef)).toHaveLength(1);
  });

  it('its success failing to be recorded still answers the request it created, and a quick retry does not create another', async () => {
    const childRef = `case-${randomUUID().slice(0, 8)}-2`;
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const restore = failIdempotencyRecord('UpdateItemCommand');
    let first: Res;
    try {
      first = await la.post('/v1/requests', requestBody({ childRef }), headers);
    } finally {
      restore();
    }
    // The request was stored: a 503 ("nothing was changed") would be untrue and invite a duplicate.
    expect(first.status, first.text).toBe(201);
    expect(first.body.childRef).toBe(childRef);
    const retry = await la.post('/v1/requests', requestBody({ childRef }), headers);
    expect([201, 409]).toContain(retry.status);
    if (retry.status === 201) expect(retry.body.id).toBe(first.body.id);
    expect(requestsWith(await snapshot(app), childRef)).toHaveLength(1);
    await expectStoreAgrees();
  });

  it('its record failing to be cleared after a refusal answers 503 and changes nothing', async () => {
    const requestId = await newRequest(la);
    expect((await la.post('/v1/holds', { requestId, unitId: UNIT })).status).toBe(201);
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const before = await snapshot(app);
    const restore = failIdempotencyRecord('DeleteItemCommand');
    let refused: Res;
    try {
      refused = await la.post('/v1/holds', { requestId, unitId: 'fx-exeter' }, headers);
    } finally {
      restore();
    }
    expect([409, 503]).toContain(refused.status);
    expect(await snapshot(app)).toEqual(before);
    await expectStoreAgrees();
  });
});

describe('a store error that is not about load or reach', () => {
  it('answers 500 internal (not 503 "retry is safe") and logs it with the request id', async () => {
    logged.splice(0);
    app.store.db.faults = () => sdkError('ValidationException', 'Invalid UpdateExpression: Syntax error');
    let r: Res;
    try {
      r = await la.get('/v1/units?limit=1');
    } finally {
      app.store.db.faults = undefined;
    }
    expect(r.status, r.text).toBe(500);
    expect(r.body.code).toBe('internal');
    expect(r.body.detail).not.toMatch(/retry/i);
    expect(r.headers.get('retry-after')).toBeNull();
    const requestId = r.headers.get('x-request-id') ?? '';
    expect(requestId).not.toBe('');
    expect(logged.some((line) => line.includes(requestId) && line.includes('ValidationException'))).toBe(
      true,
    );
  });
});
