/**
 * Sign-in with an OpenID provider (Cognito's hosted sign-in when deployed; a real provider
 * started in-process by the tests): the start, the callback, and what the claims make of a person.
 */
import type { Role } from '../../shared/contract/enums.js';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { principalFromClaims } from '../../shared/http/auth.js';
import { Api } from '../api.js';
import { OIDC_COOKIE, SignInRefused } from '../auth/oidc.js';
import { HOME } from '../layout.js';
import { type PageContext, type PageRoute, page, redirect } from '../page.js';
import { typedClient } from '../services/client.js';
import { allUnits } from '../services/register.js';
import { hostCookie } from '../session.js';

const COMMISSIONERS: Record<string, string> = {
  DfE: 'Department for Education (DfE)',
  MoJ: 'Ministry of Justice (MoJ)',
  DHSC: 'Department of Health and Social Care (DHSC)',
};

/** The organisation's name for the header, read as the person themselves would read it. */
async function orgName(c: PageContext, role: Role, org: string, token: string): Promise<string> {
  if (role === 'coordinator') return 'National coordination';
  if (role === 'commissioner') return COMMISSIONERS[org] ?? org;
  if (role === 'la') return LOCAL_AUTHORITIES.find((la) => la.code === org)?.name ?? org;
  const units = await allUnits(typedClient(new Api(c.router, token, c.req.clientIp)));
  return units.find((u) => u.providerId === org)?.providerName ?? org;
}

const refused = (reason: string) =>
  page(
    'error.njk',
    'Sign-in did not work',
    { heading: 'Sign-in did not work', paragraphs: [reason, 'Go to the start and sign in again.'] },
    { status: 400 },
  );

export const authPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/auth/sign-in',
    roles: 'public',
    handle: async (c) => {
      if (!c.oidc) return redirect('/sign-in');
      const { location, cookie } = await c.oidc.start();
      c.cookies.push(cookie);
      return redirect(location);
    },
  },
  {
    method: 'GET',
    path: '/auth/callback',
    roles: 'public',
    handle: async (c) => {
      if (!c.oidc) return redirect('/sign-in');
      // The flow's cookie is single-use, whatever happens next.
      c.cookies.push(hostCookie(OIDC_COOKIE, undefined));
      if (c.url.searchParams.has('error')) return refused('The sign-in service did not sign you in.');
      let signedIn: Awaited<ReturnType<typeof c.oidc.finish>>;
      try {
        signedIn = await c.oidc.finish(c.url, c.req.headers.cookie);
      } catch (error) {
        if (!(error instanceof SignInRefused)) throw error;
        c.deps.logger.warn('sign-in refused', { reason: error.message });
        return refused('The answer from the sign-in service could not be checked.');
      }
      let principal: ReturnType<typeof principalFromClaims>;
      try {
        // Exactly the API's reading of the claims: groups give the role, custom:org the org.
        principal = principalFromClaims(signedIn.claims);
      } catch {
        return refused('Your account does not say which organisation you work for. Ask your coordinator.');
      }
      const { role, org } = principal;
      const name = await orgName(c, role, org, signedIn.idToken);
      await c.sessions.destroy(c.session);
      c.session = await c.sessions.create({ role, org, orgName: name, token: signedIn.idToken, via: 'oidc' });
      return redirect(HOME[role]);
    },
  },
];
