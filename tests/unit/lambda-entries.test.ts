import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { FUNCTION_FOR_GROUP } from '../../infra/api.js';
import { LAMBDA_ENTRIES } from '../../infra/bundling.js';
import { DEPLOYED_ROUTES } from '../../shared/http/routes.js';

type Handler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<{ statusCode: number; body: string }>;
const load = async (entry: string) => {
  process.env.TABLE_NAME ??= 'secure-beds';
  return (await import(`../../${entry}`)) as { handler?: Handler };
};

describe('the Lambda entries', () => {
  // A group with an idempotent route must be given the idempotency layer, or the router refuses to
  // start (a retried POST would otherwise run twice): this is where a forgotten one shows up.
  it.each(Object.entries(LAMBDA_ENTRIES))('%s starts with what its routes need', async (_name, entry) => {
    const module = await load(entry);
    expect(typeof module.handler).toBe('function');
  });

  // API Gateway sends each route to its group's function (infra/api.ts): that function's router
  // must know the route, or the deployed call is a 404 the local server never shows.
  it.each(
    DEPLOYED_ROUTES.filter((r) => r.policy !== 'public').map((r) => [`${r.method} ${r.path}`, r] as const),
  )('%s is served by its group’s function (401 without a token, not 404 or 405)', async (_k, route) => {
    if (route.group === 'local') throw new Error('local routes are never deployed');
    const { handler } = await load(LAMBDA_ENTRIES[FUNCTION_FOR_GROUP[route.group]]);
    const event = {
      httpMethod: route.method,
      path: route.path.replace(/\{\w+\}/g, 'x1'),
      headers: {},
      body: null,
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      requestContext: { requestId: 'r1', identity: { sourceIp: '192.0.2.7' } },
    } as unknown as APIGatewayProxyEvent;
    const context = { functionName: 'test', awsRequestId: 'r1' } as unknown as Context;
    const reply = await (handler as Handler)(event, context);
    expect(reply.statusCode, reply.body).toBe(401);
  });
});
