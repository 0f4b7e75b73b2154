import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  bearer,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  localTokens,
  MAX_TOKEN_AGE_SECONDS,
  principalFromClaims,
} from '../../shared/http/auth.js';

describe('local tokens', () => {
  it('verifies a token it minted, with role and org', async () => {
    const tokens = await localTokens();
    const p = await tokens.verify(await tokens.mint({ role: 'la', org: 'E08000025' }));
    expect(p).toMatchObject({ role: 'la', org: 'E08000025' });
  });

  it('refuses expired tokens, other keys, other issuers or audiences, and unsigned tokens', async () => {
    const tokens = await localTokens();
    const other = await generateKeyPair('ES256');
    const sign = (
      claims: Record<string, unknown>,
      o: { iss?: string; aud?: string; exp?: string; key?: Parameters<SignJWT['sign']>[0] } = {},
    ) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(o.iss ?? LOCAL_ISSUER)
        .setAudience(o.aud ?? LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(o.exp ?? '1h')
        .sign(o.key ?? other.privateKey);
    const claims = { role: 'coordinator', org: 'national' };
    const bad = [
      await sign(claims), // signed by a key the server never made
      await tokens.mint(claims as { role: 'coordinator'; org: string }, -10), // expired
      new UnsecuredJWT(claims).setIssuer(LOCAL_ISSUER).setAudience(LOCAL_AUDIENCE).encode(), // alg none
      await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('guessable-secret-guessable-secret')),
    ];
    for (const token of bad)
      await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe('token lifetime', () => {
  it('refuses a token without exp, without iat, or older than the maximum age whatever its exp says', async () => {
    const keys = await generateKeyPair('ES256');
    const { privateKey } = keys;
    // The local verifier over a key the test holds, so that the claims can be shaped freely.
    const verifier = await localTokens(keys);
    const now = Math.floor(Date.now() / 1000);
    const base = () =>
      new SignJWT({ role: 'la', org: 'E08000025' })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setSubject('u1');
    const good = await base()
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(privateKey);
    await expect(verifier.verify(good)).resolves.toMatchObject({ role: 'la', sub: 'u1' });
    const bad = {
      'no exp': await base().setIssuedAt(now).sign(privateKey),
      'no iat': await base()
        .setExpirationTime(now + 3600)
        .sign(privateKey),
      'issued 13 h ago, expiring in a year': await base()
        .setIssuedAt(now - (MAX_TOKEN_AGE_SECONDS + 3600))
        .setExpirationTime(now + 365 * 24 * 3600)
        .sign(privateKey),
    };
    for (const [name, token] of Object.entries(bad))
      await expect(verifier.verify(token), name).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(
      verifier.mint({ role: 'la', org: 'E08000025' }, MAX_TOKEN_AGE_SECONDS + 1),
    ).rejects.toThrow();
  });
});

describe('claims to a principal', () => {
  it('maps Cognito groups and custom:org for people', () => {
    expect(
      principalFromClaims({ 'cognito:groups': ['provider'], 'custom:org': 'leeds-city-council', sub: 'u1' }),
    ).toMatchObject({
      role: 'provider',
      org: 'leeds-city-council',
    });
  });

  it('maps a provider system’s client-credentials scope to that provider only', () => {
    expect(
      principalFromClaims({ scope: 'secure-beds/provider:durham-county-council', client_id: 'c1' }),
    ).toMatchObject({
      role: 'provider',
      org: 'durham-county-council',
    });
  });

  it('refuses a role with an org that does not fit it', () => {
    for (const claims of [
      { role: 'la', org: 'national' },
      { role: 'coordinator', org: 'E08000025' },
      { role: 'commissioner', org: 'HMRC' },
      { role: 'admin', org: 'national' },
      { role: 'la' },
    ]) {
      expect(() => principalFromClaims(claims), JSON.stringify(claims)).toThrow();
    }
  });

  it('reads only a well-formed Bearer header', () => {
    expect(bearer('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    for (const h of [undefined, '', 'Basic abc', 'Bearer', 'Bearer a b']) expect(() => bearer(h)).toThrow();
  });
});
