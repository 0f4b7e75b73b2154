import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { cognitoVerifier, trustFromEnv } from '../shared/http/cognito.js';
import { makeDeps } from '../shared/http/deps.js';
import { type ApiFunction, functionForGroup } from '../shared/http/groups.js';
import { createRouter } from '../shared/http/router.js';
import type { RouteDef } from '../shared/http/types.js';
import { recordSignals } from '../shared/observability/business.js';
import { lambdaMetrics } from '../shared/observability/metrics.js';

/**
 * Builds the handler of the API Lambda `name` for its routes. Everything expensive (SDK client,
 * JWKS) is made once per container at init, outside the handler. A
 * route of another Lambda's group stops it at init: API Gateway would never send it here.
 */
export function lambdaFor(name: ApiFunction, routes: readonly RouteDef[]) {
  const strays = routes.filter((r) => functionForGroup(r.group) !== name);
  if (strays.length)
    throw new Error(`${name} was given routes it does not serve: ${strays.map((r) => r.path).join(', ')}`);
  const env = process.env;
  const deps = makeDeps({
    tableName: env.TABLE_NAME ?? 'secure-beds',
    verifier: cognitoVerifier(trustFromEnv(env)),
    holdMinutes: Number(env.HOLD_MINUTES ?? 120),
    offerMinutes: Number(env.OFFER_MINUTES ?? 60),
  });
  // One `service` dimension for business signals, whichever function served the call (the dashboard reads it).
  const metrics = lambdaMetrics('secure-beds');
  const router = createRouter(
    routes.filter((r) => !r.localOnly),
    deps,
  );
  return async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    deps.logger.addContext(context);
    deps.logger.appendKeys({ correlationId: event.requestContext?.requestId });
    try {
      const reply = await router.handle(event);
      recordSignals(metrics, event, reply);
      return reply;
    } finally {
      deps.logger.resetKeys();
    }
  };
}
