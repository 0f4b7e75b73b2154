/**
 * The console's navigation counts live holds on every page (issue 23), through
 * `GET /v1/holds?status=active`: that list reads only holds young enough to be live, in one
 * Query, however long the organisation's history of decided holds is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';

let app: App;
let shift = 0;
const DAY = 86_400_000;

beforeAll(async () => {
  app = await testApp({ clock: () => new Date(Date.now() + shift) });
});
afterAll(() => app?.stop());

const la = () => as(app, 'la', 'E08000025');
const provider = () => as(app, 'provider', 'fx-provider-a');

/**
 * Runs `work` and counts the store's Query calls on the hold lists' partitions made meanwhile.
 * Only those: the app's own timers (the sweeper, the outbox relay) may query other partitions at
 * any moment, which under a loaded machine can fall inside the window.
 */
async function queriesDuring<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  let queries = 0;
  app.store.db.faults = (name, input) => {
    const pk = (input as { ExpressionAttributeValues?: Record<string, unknown> }).ExpressionAttributeValues?.[
      ':pk'
    ];
    if (name === 'Query' && typeof pk === 'string' && /HOLDS?$/.test(pk)) queries++;
    return undefined;
  };
  try {
    return { result: await work(), queries };
  } finally {
    app.store.db.faults = undefined;
  }
}

describe('live holds, listed as the navigation counts them', () => {
  it('reads one Query past a long history of decided holds, and misses no live one', async () => {
    const request = await la().post('/v1/requests', requestBody({ childRef: 'case-live-list-1' }));
    expect(request.status).toBe(201);
    // A history: twelve holds at Leeds, each released, two days ago.
    shift = -2 * DAY;
    for (let i = 0; i < 12; i++) {
      const hold = await la().post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
      expect(hold.status, hold.text).toBe(201);
      expect((await la().call('DELETE', `/v1/holds/${hold.body.id}`)).status).toBe(200);
    }
    shift = 0;
    const live = await la().post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
    expect(live.status, live.text).toBe(201);

    for (const who of [provider(), la(), as(app, 'coordinator', 'national')]) {
      // A page of five: without the bound on creation time, the filter would read on page by page.
      const { result, queries } = await queriesDuring(() => who.get('/v1/holds?status=active&limit=5'));
      expect(result.status).toBe(200);
      expect(result.body.items.map((h: { id: string }) => h.id)).toEqual([live.body.id]);
      expect(queries).toBe(1);
    }

    // The history is still there for anyone who asks for it.
    const released = await provider().get('/v1/holds?status=released&limit=100');
    expect(released.body.items).toHaveLength(12);
  });
});
