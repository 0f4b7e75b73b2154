import {
  createRemoteJWKSet,
  generateKeyPair,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
  type KeyObject,
  SignJWT,
} from 'jose';
import { Role } from '../contract/enums.js';
import { Unauthenticated } from '../domain/errors.js';

/** Who is calling: a role and the org it acts for (an LA GSS code, a provider id, `national` or a department). */
export interface Principal {
  role: Role;
  org: string;
  sub: string;
}

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

const ALG = 'ES256';

/**
 * The oldest token we accept, whatever its `exp` says: a token minted with a far-off expiry (by
 * mistake, or by a leaked signing key) still stops working after this. Cognito's tokens last 1 h.
 */
export const MAX_TOKEN_AGE_SECONDS = 12 * 3600;

/**
 * Maps verified claims to a principal. Local tokens carry `role` and `org`; Cognito tokens carry
 * the role as a group and the org as `custom:org` (people) or a `<resource-server>/provider:<id>` scope (provider
 * systems using client credentials), so a provider client can only ever act for its own id.
 */
export function principalFromClaims(claims: JWTPayload): Principal {
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as unknown[]) : [];
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  const providerScope = scopes.map((s) => /^[\w.-]+\/provider:([A-Za-z0-9_-]+)$/.exec(s)?.[1]).find(Boolean);
  const rawRole = claims.role ?? groups[0] ?? (providerScope ? 'provider' : undefined);
  const rawOrg = claims.org ?? claims['custom:org'] ?? providerScope;
  const role = Role.safeParse(rawRole);
  if (!role.success || typeof rawOrg !== 'string' || rawOrg.length === 0 || rawOrg.length > 40) {
    throw new Unauthenticated('The token does not say who you are');
  }
  if (!orgFitsRole(role.data, rawOrg)) throw new Unauthenticated('The token’s org does not fit its role');
  // `sub` keys the per-user rate limit; a client-credentials token without one is its client.
  const sub = typeof claims.sub === 'string' ? claims.sub : claims.client_id;
  return { role: role.data, org: rawOrg, sub: typeof sub === 'string' ? sub : `org:${role.data}:${rawOrg}` };
}

export function orgFitsRole(role: Role, org: string): boolean {
  switch (role) {
    case 'la':
      return /^E(06|08|09|10)\d{6}$/.test(org);
    case 'provider':
      return /^[A-Za-z0-9_-]{1,40}$/.test(org);
    case 'coordinator':
      return org === 'national';
    case 'commissioner':
      return org === 'DfE' || org === 'MoJ' || org === 'DHSC';
  }
}

interface VerifierOptions {
  issuer: string;
  audience?: string;
  key: KeyObject | Uint8Array | Awaited<ReturnType<typeof generateKeyPair>>['publicKey'] | JWTVerifyGetKey;
  algorithms: string[];
}

function makeVerifier(options: VerifierOptions): TokenVerifier {
  return {
    async verify(token: string) {
      let payload: JWTPayload;
      try {
        const verifyOptions = {
          issuer: options.issuer,
          algorithms: options.algorithms,
          // Without `exp` a token would never expire; without `iat` its age could not be bounded.
          requiredClaims: ['exp', 'iat'],
          maxTokenAge: MAX_TOKEN_AGE_SECONDS,
          ...(options.audience ? { audience: options.audience } : {}),
        };
        const result =
          typeof options.key === 'function'
            ? await jwtVerify(token, options.key, verifyOptions)
            : await jwtVerify(token, options.key, verifyOptions);
        payload = result.payload;
      } catch {
        throw new Unauthenticated('The token is missing, expired or not valid');
      }
      return principalFromClaims(payload);
    },
  };
}

export const LOCAL_ISSUER = 'urn:secure-beds:local';
export const LOCAL_AUDIENCE = 'secure-beds-api';

/** Local only: a key pair made at start; tokens it signs are worthless anywhere else. */
export interface LocalTokens extends TokenVerifier {
  /** `sub` defaults to one per role and org; give one to act as a particular person. */
  mint(principal: { role: Role; org: string; sub?: string }, ttlSeconds?: number): Promise<string>;
}

/** `keys` lets a test sign tokens of any shape with the same key; by default a fresh pair. */
export async function localTokens(keys?: Awaited<ReturnType<typeof generateKeyPair>>): Promise<LocalTokens> {
  const { privateKey, publicKey } = keys ?? (await generateKeyPair(ALG));
  const verifier = makeVerifier({
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    key: publicKey,
    algorithms: [ALG],
  });
  return {
    verify: verifier.verify,
    async mint({ role, org, sub }, ttlSeconds = 8 * 3600) {
      if (ttlSeconds > MAX_TOKEN_AGE_SECONDS) throw new Error('A token may last at most 12 hours');
      return new SignJWT({ role, org })
        .setProtectedHeader({ alg: ALG })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setSubject(sub ?? `local:${role}:${org}`)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey);
    },
  };
}

/** Reads the bearer token from an Authorization header value. */
export function bearer(header: string | undefined): string {
  const match = header ? /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim()) : null;
  if (!match?.[1]) throw new Unauthenticated('Send Authorization: Bearer <token>');
  return match[1];
}

// --- The console's OpenID sign-in (web/auth/oidc.ts): its ID tokens, trusted by the API ---

/**
 * Verifies ID tokens from an OpenID provider by its published keys, for the local server's
 * OIDC mode (the console then calls the API with the provider's ID token). Deployed, the
 * provider is Cognito and cognitoVerifier (cognito.ts, aws-jwt-verify) does this.
 */
export function oidcVerifier(issuer: string, audience: string, jwksUri: string): TokenVerifier {
  return makeVerifier({
    issuer,
    audience,
    key: createRemoteJWKSet(new URL(jwksUri)),
    algorithms: ['RS256', 'PS256', 'ES256'],
  });
}

/** Accepts what any of the verifiers accepts (local tokens and the provider's, side by side). */
export function anyVerifier(...verifiers: TokenVerifier[]): TokenVerifier {
  return {
    async verify(token) {
      let first: unknown;
      for (const verifier of verifiers) {
        try {
          return await verifier.verify(token);
        } catch (error) {
          first ??= error;
        }
      }
      throw first ?? new Unauthenticated('The token is missing, expired or not valid');
    },
  };
}
