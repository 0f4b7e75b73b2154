import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, testApp } from '../support/app.js';

let app: App;
beforeAll(async () => {
  app = await testApp({ rateLimit: 3 });
});
afterAll(() => app.stop());

describe('rate limiting per client (RATE_LIMIT)', () => {
  it('answers 429 rate_limited once a client goes over its rate, and leaves other clients alone', async () => {
    const busy = as(app, 'la', 'E08000025');
    const quiet = as(app, 'la', 'E08000035');
    await Promise.all([busy.auth(), quiet.auth()]);
    const burst = await Promise.all(Array.from({ length: 12 }, () => busy.get('/v1/units?limit=1')));
    const limited = burst.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.body.code).toBe('rate_limited');
    expect(limited[0]?.headers.get('content-type')).toBe('application/problem+json');
    expect((await quiet.get('/v1/units?limit=1')).status).toBe(200);
  });
});
