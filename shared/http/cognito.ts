import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { Unauthenticated } from '../domain/errors.js';
import { MAX_TOKEN_AGE_SECONDS, principalFromClaims, type TokenVerifier } from './auth.js';

/** Who the deployed API trusts: one user pool, and which of its app clients may send which token. */
interface CognitoTrust {
  userPoolId: string;
  /** The people's app client (the console): its ID tokens, `token_use` "id" and `aud` this client. */
  peopleClientIds: readonly string[];
  /** Provider systems' app clients: their client-credentials access tokens, `token_use` "access" and `client_id` one of these. */
  providerClientIds: readonly string[];
  /** Tests only: the pool's keys, given instead of fetched from its JWKS address. */
  jwks?: Jwks;
}

/** Reads the trust from the environment the stack sets (infra/functions.ts, infra/console.ts). */
export function trustFromEnv(env: Record<string, string | undefined> = process.env): CognitoTrust {
  const list = (v: string | undefined) => (v ?? '').split(',').filter(Boolean);
  return {
    userPoolId: env.USER_POOL_ID ?? '',
    peopleClientIds: list(env.PEOPLE_CLIENT_ID),
    providerClientIds: list(env.PROVIDER_CLIENT_IDS),
  };
}

/**
 * `exp` and `iat` are required (aws-jwt-verify checks `exp` only when present), `iat` may not be in
 * the future, and a token is refused once older than MAX_TOKEN_AGE_SECONDS whatever its `exp` says.
 */
function checkLifetime(payload: JwtPayload, nowSeconds = Date.now() / 1000): void {
  if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') {
    throw new Unauthenticated('The token must say when it was issued and when it expires');
  }
  // A minute of clock skew between Cognito and us, and no more.
  if (payload.iat > nowSeconds + 60) throw new Unauthenticated('The token was issued in the future');
  if (nowSeconds - payload.iat > MAX_TOKEN_AGE_SECONDS) throw new Unauthenticated('The token is too old');
}

/** `token_use` of a JWT, unverified: it only chooses which verifier (which also checks it) runs. */
function tokenUseOf(token: string): unknown {
  try {
    const body = token.split('.')[1] ?? '';
    return (JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { token_use?: unknown }).token_use;
  } catch {
    return undefined;
  }
}

/**
 * Verifies Cognito tokens with aws-jwt-verify (deployed: the TOKEN authorizer, every route Lambda
 * and the console). Checked for every token: the RS256 signature against the pool's JWKS, `iss`
 * the pool, `exp` not passed, `exp` and `iat` present, at most 12 hours old; then for an ID token
 * `token_use` "id" and `aud` the people's client, for an access token `token_use` "access" and
 * `client_id` a provider system's client. Anything else, including a people-client access token
 * or a provider-client ID token, is refused. Local tokens stay with jose (auth.ts).
 */
export function cognitoVerifier(trust: CognitoTrust): TokenVerifier {
  const make = (tokenUse: 'id' | 'access', clientIds: readonly string[]) => {
    if (!trust.userPoolId || clientIds.length === 0) return undefined;
    const verifier = CognitoJwtVerifier.create({
      userPoolId: trust.userPoolId,
      tokenUse,
      clientId: [...clientIds],
      customJwtCheck: ({ payload }) => checkLifetime(payload),
    });
    if (trust.jwks) verifier.cacheJwks(trust.jwks);
    return verifier;
  };
  const byUse = { id: make('id', trust.peopleClientIds), access: make('access', trust.providerClientIds) };
  return {
    async verify(token) {
      const use = tokenUseOf(token);
      const verifier = use === 'id' ? byUse.id : use === 'access' ? byUse.access : undefined;
      let payload: JwtPayload;
      try {
        if (!verifier) throw new Error('no client may send this kind of token');
        payload = await verifier.verify(token);
      } catch {
        throw new Unauthenticated('The token is missing, expired or not valid');
      }
      return principalFromClaims(payload);
    },
  };
}
