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
 * The store failing around an Idempotency-Key's record (its look-up, the transaction carrying it,
 * the answer lost once that has committed), and an error that is not about load or reach (a 500,
 * never a 503 that promises a retry is safe). The per-operation fault matrix is in faults.test.ts.
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
const failIdempotencyRecord = (
  command: Parameters<typeof failRecord>[1],
  options?: Parameters<typeof failRecord>[2],
) => failRecord(app, command, options);

const requestsWith = (items: Record<string, unknown>[], childRef: string) =>
  items.filter((i) => i.type === 'request' && i.childRef === childRef);

describe('an Idempotency-Key’s record failing', () => {
  it('its look-up failing, for a call that reads first, answers 503 and changes nothing; a retry with the key holds once', async () => {
    const requestId = await newRequest(la);
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const before = await snapshot(app);
    const restore = failIdempotencyRecord('GetItemCommand');
    let first: Res;
    try {
      first = await la.post('/v1/holds', { requestId, unitId: UNIT }, headers);
    } finally {
      restore();
    }
    expect(first.status, first.text).toBe(503);
    expect(first.body.code).toBe('unavailable');
    expect(await snapshot(app)).toEqual(before);
    const retry = await la.post('/v1/holds', { requestId, unitId: UNIT }, headers);
    expect(retry.status, retry.text).toBe(201);
    const replay = await la.post('/v1/holds', { requestId, unitId: UNIT }, headers);
    expect(replay.body).toEqual(retry.body);
    await expectStoreAgrees();
  });

  it('a create does not wait for its look-up: with the look-up failing it still creates once, and a retry answers the same', async () => {
    const childRef = `case-${randomUUID().slice(0, 8)}-2`;
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const restore = failIdempotencyRecord('GetItemCommand');
    let first: Res;
    try {
      first = await la.post('/v1/requests', requestBody({ childRef }), headers);
    } finally {
      restore();
    }
    expect(first.status, first.text).toBe(201);
    const retry = await la.post('/v1/requests', requestBody({ childRef }), headers);
    expect(retry.status, retry.text).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(requestsWith(await snapshot(app), childRef)).toHaveLength(1);
  });

  it('the transaction carrying it failing answers 503 and changes nothing; a retry with the key creates the request once', async () => {
    const childRef = `case-${randomUUID().slice(0, 8)}-2`;
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const before = await snapshot(app);
    const restore = failIdempotencyRecord('TransactWriteItemsCommand');
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

  it('the answer lost after the commit (503): the retry with the key answers the request made, and makes no other', async () => {
    const childRef = `case-${randomUUID().slice(0, 8)}-2`;
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const restore = failIdempotencyRecord('TransactWriteItemsCommand', { lost: true });
    let first: Res;
    try {
      first = await la.post('/v1/requests', requestBody({ childRef }), headers);
    } finally {
      restore();
    }
    // Either the lost answer is a 503, or the store's own retry found its record and answered the
    // request made: never a second request, never a 201 for another one.
    expect([201, 503], first.text).toContain(first.status);
    const made = requestsWith(await snapshot(app), childRef);
    expect(made).toHaveLength(1);
    if (first.status === 201) expect(first.body.id).toBe(made[0]?.id);
    const retry = await la.post('/v1/requests', requestBody({ childRef }), headers);
    expect(retry.status, retry.text).toBe(201);
    expect(retry.body.id).toBe(made[0]?.id);
    expect(requestsWith(await snapshot(app), childRef)).toHaveLength(1);
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
