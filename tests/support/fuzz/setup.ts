import { expect } from 'vitest';
import type { Role } from '../../../shared/contract/enums.js';
import { createRouter } from '../../../shared/http/router.js';
import { ROUTES } from '../../../shared/http/routes.js';
import { as, requestBody, testApp } from '../app.js';
import { baseline, key } from './call.js';
import { shapeOf } from './shapes.js';
import { forgeries } from './tokens.js';
import { viaRouter } from './transport.js';
import { ORG_OF, world } from './world.js';

/** Starts the app and fills the world: records to aim at, tokens, forgeries and real cursors. */
export async function setUpWorld(): Promise<void> {
  const app = await testApp({ sweepEverySeconds: 3600 });
  world.app = app;
  world.router = createRouter(ROUTES, app.deps);
  const la = as(app, 'la', ORG_OF.la);
  const provider = as(app, 'provider', ORG_OF.provider);
  const minted = app.deps.localTokens;
  if (!minted) throw new Error('the local server mints tokens');
  for (const role of Object.keys(ORG_OF) as Role[])
    world.tokens[role] = await minted.mint({ role, org: ORG_OF[role] });

  world.fx.openRequest = (await la.post('/v1/requests', requestBody())).body.id;
  const held = (await la.post('/v1/requests', requestBody())).body.id;
  world.fx.hold = (await la.post('/v1/holds', { requestId: held, unitId: 'fx-leeds' })).body.id;
  const placed = (await la.post('/v1/requests', requestBody())).body.id;
  const hold = (await la.post('/v1/holds', { requestId: placed, unitId: 'fx-leeds' })).body.id;
  world.fx.placement = (await provider.post(`/v1/holds/${hold}/accept`, {})).body.id;
  expect(Object.values(world.fx).every(Boolean)).toBe(true);
  // The contact list the fuzzer aims at exists at version 1, like every other record it aims at,
  // so "0" is as stale an If-Match there as anywhere (a list never written is at version 0).
  const kept = await as(app, 'coordinator', 'national').put(
    '/v1/contacts/fx-unknown-1',
    {},
    { 'if-match': '"0"' },
  );
  expect(kept.status).toBe(200);

  world.forgedTokens.push(...(await forgeries(world.tokens.coordinator, minted.mint.bind(minted))));
  // A real cursor of each list, to break in ways only a list's own cursor can be broken.
  for (const def of ROUTES.filter((r) => r.method === 'GET' && 'cursor' in (shapeOf(r.query) ?? {}))) {
    const base = baseline(def);
    const page = await viaRouter({ ...base, query: [...base.query, ['limit', '1']] });
    const next = (JSON.parse(page.body) as { nextCursor?: string }).nextCursor;
    if (next) world.realCursors.set(key(def), next);
  }
}
