import { generateKeyPair, SignJWT } from 'jose';
import type { Role } from '../../../shared/contract/enums.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../../shared/http/auth.js';

/** Tokens that must never pass: another key, alg none, HS256, a tampered payload, expired, claims that don't fit. */
export async function forgeries(
  good: string,
  mint: (p: { role: Role; org: string }, ttl?: number) => Promise<string>,
): Promise<string[]> {
  const { privateKey } = await generateKeyPair('ES256');
  const claims = { role: 'coordinator', org: 'national' };
  const otherKey = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setExpirationTime('1h')
    .sign(privateKey);
  const hs256 = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('a-guessable-shared-secret-of-32b'));
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const [header, payload, signature] = good.split('.');
  const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
  const tampered = [header, b64({ ...decoded, org: 'E09000001', role: 'la' }), signature].join('.');
  const none = [b64({ alg: 'none', typ: 'JWT' }), b64({ ...decoded }), ''].join('.');
  const stripped = [header, payload, ''].join('.');
  const expired = await mint({ role: 'coordinator', org: 'national' }, -3600);
  const misfit = await mint({ role: 'la', org: 'national' });
  const wrongRole = await mint({ role: 'superuser' as Role, org: 'national' });
  return [otherKey, hs256, tampered, none, stripped, expired, misfit, wrongRole];
}
