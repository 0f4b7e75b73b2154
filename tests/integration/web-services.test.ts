import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { paths } from '../../shared/contract/client.js';
import { createRouter, type Router } from '../../shared/http/router.js';
import { ROUTES } from '../../shared/http/routes.js';
import { Api, ApiProblem } from '../../web/api.js';
import { typedClient } from '../../web/services/client.js';
import { type Capacity, capacity, demand, figuresCsv } from '../../web/services/commissioning.js';
import { placeHold } from '../../web/services/holds.js';
import { allUnits, type Unit } from '../../web/services/register.js';
import { as, testApp } from '../support/app.js';
import { checkedRouter, takeConsoleViolations } from '../support/contract.js';

/**
 * The console's services are typed from openapi.json (shared/contract/client.d.ts) and call the
 * router in-process: what they read is what the API answers, and a page asking for something
 * the document lacks does not type-check (the `@ts-expect-error` lines below fail
 * `npm run typecheck` the day the types stop refusing them, e.g. if the services fell back to any).
 */

let app: App;
let apiAs: (role: string, org: string) => Promise<Api>;

beforeAll(async () => {
  app = await testApp();
  const router = createRouter(ROUTES, app.deps);
  apiAs = async (role, org) => {
    const token = await app.deps.localTokens?.mint({ role: role as 'la', org });
    return new Api(router, token, '127.0.0.1');
  };
});
afterAll(() => app.stop());

describe('the typed services', () => {
  it('are typed from the generated client, not written by hand', () => {
    expectTypeOf<Capacity>().toEqualTypeOf<
      paths['/v1/capacity']['get']['responses'][200]['content']['application/json']
    >();
    expectTypeOf<Unit>().toEqualTypeOf<
      paths['/v1/units']['get']['responses'][200]['content']['application/json']['items'][number]
    >();
    const check = (client: ReturnType<typeof typedClient>, cap: Capacity) => {
      // @ts-expect-error a path the document does not have
      void client.GET('/v1/capacities');
      // @ts-expect-error a query parameter the document does not have
      void client.GET('/v1/units', { params: { query: { colour: 'red' } } });
      // @ts-expect-error a field the document does not have
      void cap.national.bedsFree;
      // @ts-expect-error a request body field the document does not have
      void placeHold(client, { requestId: 'r', unitId: 'u', bedId: 'b' }, 'key');
      // @ts-expect-error a path parameter the document names otherwise
      void client.GET('/v1/holds/{holdId}', { params: { path: { holdId: 'h' } } });
    };
    expect(check).toBeTypeOf('function');
  });

  it('read through the router in-process exactly what the API answers over HTTP', async () => {
    const client = typedClient(await apiAs('commissioner', 'DfE'));
    const viaService = await capacity(client);
    const viaHttp = (await as(app, 'commissioner', 'DfE').get('/v1/capacity')).body;
    expect(viaService.national).toEqual(viaHttp.national);
    expect(await figuresCsv(client, 'capacity')).toMatch(/^scope,/);
    const units = await allUnits(client);
    expect(units.map((u) => u.id).sort()).toEqual(['fx-exeter', 'fx-leeds', 'fx-ward']);
  });

  it("turn a problem into the console's ApiProblem, with its kind decided once", async () => {
    const client = typedClient(await apiAs('la', 'E08000025'));
    const refused = await capacity(client).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiProblem);
    expect((refused as ApiProblem).kind).toBe('forbidden');
    const commissioner = typedClient(await apiAs('commissioner', 'DfE'));
    const invalid = await demand(commissioner, { from: '2026-02-30' }).catch((e: unknown) => e);
    expect((invalid as ApiProblem).kind).toBe('invalid');
  });
});

describe("the console's in-process answers", () => {
  it('are held to openapi.json, and a body the document refuses is reported against the call', async () => {
    const token = await app.deps.localTokens?.mint({ role: 'la', org: 'E08000025' });
    const real = createRouter(ROUTES, app.deps);
    // A router that breaks the contract on one answer: a unit of a kind the document does not know.
    const broken: Router = {
      routes: real.routes,
      async handle(event) {
        const result = await real.handle(event);
        if (event.path !== '/v1/units/fx-leeds') return result;
        const unit = JSON.parse(result.body) as Record<string, unknown>;
        return { ...result, body: JSON.stringify({ ...unit, kind: 'castle' }) };
      },
    };
    const client = typedClient(new Api(checkedRouter(broken), token, '127.0.0.1'));
    await allUnits(client);
    expect(takeConsoleViolations()).toEqual([]);
    await client.GET('/v1/units/{unitId}', { params: { path: { unitId: 'fx-leeds' } } });
    const found = takeConsoleViolations();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^console: GET \/v1\/units\/fx-leeds → 200: body\/kind must be equal to one of/);
  });
});
