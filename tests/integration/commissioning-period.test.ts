import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, type Client, testApp } from '../support/app.js';

/** Usage and demand answer for at most a year (366 days, from and to inclusive) in one call. */
let app: App;
let commissioner: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => new Date('2026-11-25T12:00:00Z') });
  commissioner = as(app, 'commissioner', 'DfE');
  // A first, small answer on the connection before the year-long reads (the first slow answer
  // on a fresh local server was seen reset on this loaded machine).
  expect((await commissioner.get('/v1/usage?from=2026-11-25&to=2026-11-25')).status).toBe(200);
});
afterAll(() => app.stop());

describe('commissioning periods', () => {
  it('answers a whole year, leap day included', async () => {
    for (const path of ['/v1/usage', '/v1/demand']) {
      const year = await commissioner.get(`${path}?from=2024-01-01&to=2024-12-31`);
      expect(year.status, path).toBe(200);
      expect(year.body).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    }
  });

  it('refuses a longer period with a 400 problem, also when to defaults to today', async () => {
    for (const q of ['from=2024-01-01&to=2025-01-01', 'from=2025-11-24']) {
      for (const path of ['/v1/usage', '/v1/demand']) {
        const r = await commissioner.get(`${path}?${q}`);
        expect(r.status, `${path}?${q}`).toBe(400);
        expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(r.body.code).toBe('validation_failed');
        expect(r.body.errors[0].message).toMatch(/at most 366 days/);
      }
    }
  });
});
