import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKEN_AGE_SECONDS, type TokenVerifier } from '../../shared/http/auth.js';
import { cognitoVerifier, trustFromEnv } from '../../shared/http/cognito.js';

/**
 * The deployed verifier (aws-jwt-verify) against a user pool of the test's own: its keys are given
 * as the pool's JWKS, and tokens are signed with them exactly as Cognito shapes its ID tokens and
 * client-credentials access tokens. Illustrative ids throughout.
 */
const POOL = 'eu-west-2_TestPool1';
const ISSUER = `https://cognito-idp.eu-west-2.amazonaws.com/${POOL}`;
const PEOPLE = 'peopleclient0000000000000a';
const PROVIDER_CLIENT = 'providerclient00000000000b';
type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
const now = () => Math.floor(Date.now() / 1000);

let sign: (
  claims: JWTPayload,
  o?: { key?: Key; iat?: number | null; exp?: number | null },
) => Promise<string>;
let verifier: TokenVerifier;
let otherKey: Key;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  verifier = cognitoVerifier({
    userPoolId: POOL,
    peopleClientIds: [PEOPLE],
    providerClientIds: [PROVIDER_CLIENT],
    jwks: { keys: [jwk as never] },
  });
  sign = async (claims, o = {}) => {
    let jwt = new SignJWT({ iss: ISSUER, sub: 'sub-1', ...claims }).setProtectedHeader({
      alg: 'RS256',
      kid: 'k1',
    });
    if (o.iat !== null) jwt = jwt.setIssuedAt(o.iat ?? now());
    if (o.exp !== null) jwt = jwt.setExpirationTime(o.exp ?? now() + 3600);
    return jwt.sign(o.key ?? privateKey);
  };
});

const person = { token_use: 'id', aud: PEOPLE, 'cognito:groups': ['la'], 'custom:org': 'E08000025' };
const system = {
  token_use: 'access',
  client_id: PROVIDER_CLIENT,
  scope: 'secure-beds/provider:fx-provider-a',
};

describe('Cognito tokens (aws-jwt-verify)', () => {
  it("accepts a person's ID token from the people's client, and a provider system's access token", async () => {
    await expect(verifier.verify(await sign(person))).resolves.toEqual({
      role: 'la',
      org: 'E08000025',
      sub: 'sub-1',
    });
    await expect(verifier.verify(await sign(system))).resolves.toMatchObject({
      role: 'provider',
      org: 'fx-provider-a',
    });
  });

  it('refuses the wrong client, token use, issuer or key, and tokens without exp or iat, expired or too old', async () => {
    const bad: Record<string, string> = {
      'ID token for another client': await sign({ ...person, aud: 'someoneelse00000000000000' }),
      'access token of the people client': await sign({ ...system, client_id: PEOPLE }),
      'ID token claiming a provider client': await sign({ ...person, aud: PROVIDER_CLIENT }),
      'no token_use': await sign({ ...person, token_use: undefined }),
      'another pool': await sign({
        ...person,
        iss: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Other',
      }),
      'signed by another key': await sign(person, { key: otherKey }),
      'no exp': await sign(person, { exp: null }),
      'no iat': await sign(person, { iat: null }),
      expired: await sign(person, { iat: now() - 7200, exp: now() - 3600 }),
      'issued 13 h ago, expiring in a year': await sign(person, {
        iat: now() - MAX_TOKEN_AGE_SECONDS - 3600,
        exp: now() + 365 * 86_400,
      }),
      'issued in the future': await sign(person, { iat: now() + 3600 }),
      'not a JWT': 'not.a.jwt',
    };
    for (const [name, token] of Object.entries(bad)) {
      await expect(verifier.verify(token), name).rejects.toMatchObject({ code: 'unauthenticated' });
    }
  });

  it('trusts nothing when the stack has not said which pool and clients (an unset environment)', async () => {
    const unset = cognitoVerifier(trustFromEnv({}));
    await expect(unset.verify(await sign(person))).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(
      trustFromEnv({ USER_POOL_ID: POOL, PEOPLE_CLIENT_ID: PEOPLE, PROVIDER_CLIENT_IDS: 'a,b' }),
    ).toEqual({
      userPoolId: POOL,
      peopleClientIds: [PEOPLE],
      providerClientIds: ['a', 'b'],
    });
  });
});
