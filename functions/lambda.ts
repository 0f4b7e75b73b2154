import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { cognitoVerifier } from '../shared/http/auth.js';
import { makeDeps } from '../shared/http/deps.js';
import { type ApiFunction, functionForGroup } from '../shared/http/groups.js';
import { createRouter } from '../shared/http/router.js';
import type { IdempotencyFactory, RouteDef } from '../shared/http/types.js';

/**
 * Builds the handler of the API Lambda `name` for its routes. Everything expensive (SDK client,
 * JWKS, idempotency layer) is made once per container at init, outside the handler. A route of
 * another Lambda's group stops it at init: API Gateway would never send it here.
 */
export function lambdaFor(
  name: ApiFunction,
  routes: readonly RouteDef[],
  options: { idempotency?: IdempotencyFactory } = {},
) {
  const strays = routes.filter((r) => functionForGroup(r.group) !== name);
  if (strays.length)
    throw new Error(`${name} was given routes it does not serve: ${strays.map((r) => r.path).join(', ')}`);
  const env = process.env;
  const region = env.AWS_REGION ?? 'eu-west-2';
  const deps = makeDeps({
    tableName: env.TABLE_NAME ?? 'secure-beds',
    verifier: cognitoVerifier(env.USER_POOL_ID ?? 'unset', region, env.TOKEN_AUDIENCE || undefined),
    holdMinutes: Number(env.HOLD_MINUTES ?? 120),
    offerMinutes: Number(env.OFFER_MINUTES ?? 60),
    idempotency: options.idempotency,
  });
  const router = createRouter(
    routes.filter((r) => !r.localOnly),
    deps,
  );
  return async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    deps.logger.addContext(context);
    deps.logger.appendKeys({ correlationId: event.requestContext?.requestId });
    try {
      return await router.handle(event);
    } finally {
      deps.logger.resetKeys();
    }
  };
}
