import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { LAMBDA_ENTRIES } from '../../infra/bundling.js';
import { apiGatewayEvent } from '../../shared/http/event.js';
import { type ApiFunction, FUNCTION_FOR_GROUP, functionForGroup } from '../../shared/http/groups.js';
import { DEPLOYED_ROUTES } from '../../shared/http/routes.js';
import type { RouteDef } from '../../shared/http/types.js';

type Handler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<{ statusCode: number; body: string }>;
const load = async (entry: string) => {
  process.env.TABLE_NAME ??= 'secure-beds';
  return (await import(`../../${entry}`)) as { handler?: Handler; routes?: readonly RouteDef[] };
};
const key = (r: RouteDef) => `${r.method} ${r.path}`;
const API_FUNCTIONS = [...new Set(Object.values(FUNCTION_FOR_GROUP))] as ApiFunction[];

describe('the Lambda entries', () => {
  // Each entry builds its router at init: a route table it cannot serve stops it there.
  it.each(Object.entries(LAMBDA_ENTRIES))('%s starts with what its routes need', async (_name, entry) => {
    const module = await load(entry);
    expect(typeof module.handler).toBe('function');
  });

  // API Gateway sends a route to the Lambda its group names (infra/api.ts reads the same map):
  // an entry missing one of its groups' routes would answer 404 for it once deployed.
  it.each(API_FUNCTIONS)('%s serves exactly the routes of its groups, and nothing else', async (name) => {
    const { routes = [] } = await load(LAMBDA_ENTRIES[name]);
    const owed = DEPLOYED_ROUTES.filter((r) => functionForGroup(r.group) === name).map(key);
    expect(routes.map(key).sort()).toEqual(owed.sort());
  });

  it('every deployed route belongs to an API Lambda', () => {
    expect(DEPLOYED_ROUTES.filter((r) => !functionForGroup(r.group)).map(key)).toEqual([]);
  });

  // The same, end to end: that function's router must know the route, or the deployed call is a
  // 404 the local server never shows.
  it.each(DEPLOYED_ROUTES.filter((r) => r.policy !== 'public').map((r) => [key(r), r] as const))(
    '%s is served by its group’s function (401 without a token, not 404 or 405)',
    async (_k, route) => {
      const name = functionForGroup(route.group);
      if (!name) throw new Error('local routes are never deployed');
      const { handler } = await load(LAMBDA_ENTRIES[name]);
      const event = apiGatewayEvent({
        method: route.method,
        path: route.path.replace(/\{\w+\}/g, 'x1'),
        requestId: 'r1',
        sourceIp: '192.0.2.7',
      });
      const context = { functionName: 'test', awsRequestId: 'r1' } as unknown as Context;
      const reply = await (handler as Handler)(event, context);
      expect(reply.statusCode, reply.body).toBe(401);
    },
  );
});
