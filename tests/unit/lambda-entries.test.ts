import { describe, expect, it } from 'vitest';
import { LAMBDA_ENTRIES } from '../../infra/bundling.js';
import { type ApiFunction, FUNCTION_FOR_GROUP, functionForGroup } from '../../shared/http/groups.js';
import { DEPLOYED_ROUTES } from '../../shared/http/routes.js';
import type { RouteDef } from '../../shared/http/types.js';

const key = (r: RouteDef) => `${r.method} ${r.path}`;
const API_FUNCTIONS = [...new Set(Object.values(FUNCTION_FOR_GROUP))] as ApiFunction[];

describe('the Lambda entries', () => {
  // A group with an idempotent route must be given the idempotency layer, or the router refuses to
  // start (a retried POST would otherwise run twice): this is where a forgotten one shows up.
  it.each(Object.entries(LAMBDA_ENTRIES))('%s starts with what its routes need', async (_name, entry) => {
    process.env.TABLE_NAME ??= 'secure-beds';
    const module = (await import(`../../${entry}`)) as { handler?: unknown };
    expect(typeof module.handler).toBe('function');
  });

  // API Gateway sends a route to the Lambda its group names (infra/api.ts reads the same map):
  // an entry missing one of its groups' routes would answer 404 for it once deployed.
  it.each(API_FUNCTIONS)('%s serves exactly the routes of its groups, and nothing else', async (name) => {
    process.env.TABLE_NAME ??= 'secure-beds';
    const module = (await import(`../../${LAMBDA_ENTRIES[name]}`)) as { routes: readonly RouteDef[] };
    const served = module.routes.map(key).sort();
    const owed = DEPLOYED_ROUTES.filter((r) => functionForGroup(r.group) === name)
      .map(key)
      .sort();
    expect(served).toEqual(owed);
  });

  it('every deployed route belongs to an API Lambda', () => {
    expect(DEPLOYED_ROUTES.filter((r) => !functionForGroup(r.group)).map(key)).toEqual([]);
  });
});
