import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { bearer, type Principal } from '../../shared/http/auth.js';
import { cognitoVerifier, trustFromEnv } from '../../shared/http/cognito.js';

// Made once per container: the JWKS is fetched on first use and cached by aws-jwt-verify.
const verifier = cognitoVerifier(trustFromEnv());

/**
 * The TOKEN authorizer in front of every /v1 method. It accepts both kinds of Cognito token the
 * contract allows — a person's ID token (group + custom:org) and a provider system's
 * client-credentials access token (scope `secure-beds/provider:<id>`) — by the same
 * `principalFromClaims` the route Lambdas use, so a token they would refuse never reaches them.
 * Route-level roles stay with the Lambdas, which verify the token again themselves.
 */
export const handler = async (event: APIGatewayTokenAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  let principal: Principal;
  try {
    principal = await verifier.verify(bearer(event.authorizationToken));
  } catch {
    // API Gateway answers 401 for exactly this message; any other error would be a 500.
    throw new Error('Unauthorized');
  }
  return {
    principalId: principal.sub,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: wholeStage(event.methodArn) }],
    },
    // Shown in the access log; never trusted by the Lambdas.
    context: { role: principal.role, org: principal.org },
  };
};

/**
 * `arn:…:api-id/stage/METHOD/path` → `arn:…:api-id/stage/*`. API Gateway caches the answer per
 * token and reuses it for every method, so it must allow the whole stage, not the first method asked.
 */
export function wholeStage(methodArn: string): string {
  const [api, stage] = methodArn.split('/');
  return `${api}/${stage}/*`;
}
