/**
 * Local sign-in: pick a role and an organisation, and the console mints a token for it with the
 * local server's signing key (deps.localTokens), exactly as POST /local/token does.
 *
 * Deployed there is no such page: "Sign in" sends people to the Cognito hosted sign-in page
 * (authorisation code flow with PKCE), whose groups and `custom:org` become the same role and org
 * (shared/http/auth.ts, principalFromClaims). Only the session would hold Cognito's token instead.
 */
import { Role } from '../../shared/contract/enums.js';
import type { Unit } from '../../shared/contract/schemas.js';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { localAuthority } from '../../shared/data/lookup.js';
import { orgFitsRole } from '../../shared/http/auth.js';
import { Api } from '../api.js';
import { fieldError } from '../form-errors.js';
import { HOME } from '../layout.js';
import { backWithErrors, type PageContext, type PageRoute, page, redirect, withNotice } from '../page.js';

const DEPARTMENTS = [
  { value: 'DfE', text: 'Department for Education (DfE)' },
  { value: 'MoJ', text: 'Ministry of Justice (MoJ)' },
  { value: 'DHSC', text: 'Department of Health and Social Care (DHSC)' },
];

const NATIONAL = 'national';

const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text, 'en-GB');

/** Providers as the live register names them (read through the API, like any other page). */
async function providers(c: PageContext): Promise<{ value: string; text: string }[]> {
  if (!c.deps.localTokens) return [];
  const token = await c.deps.localTokens.mint({ role: 'commissioner', org: 'DfE' }, 60);
  const units = await new Api(c.router, token, '127.0.0.1').all<Unit>('/v1/units');
  const names = new Map(units.map((u) => [u.providerId, u.providerName]));
  return [...names].map(([value, text]) => ({ value, text })).sort(byText);
}

function options(list: { value: string; text: string }[], selected: string, prompt: string) {
  return [
    { value: '', text: prompt },
    ...list.map((o) => ({ value: o.value, text: o.text, selected: o.value === selected })),
  ];
}

export const signInPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/',
    roles: 'public',
    handle: async (c) => redirect(c.session.user ? HOME[c.session.user.role] : '/sign-in'),
  },
  {
    method: 'GET',
    path: '/sign-in',
    roles: 'public',
    handle: async (c) => {
      if (!c.deps.localTokens) {
        return page('error.njk', 'Sign in', {
          heading: 'Sign in',
          paragraphs: ['Sign in with your organisation’s account.'],
        });
      }
      const v = c.flash.values ?? {};
      const value = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
      const las = LOCAL_AUTHORITIES.map((la) => ({ value: la.code, text: la.name })).sort(byText);
      return page('sign-in.njk', 'Sign in', {
        role: value('role'),
        localAuthorities: options(las, value('org-la'), 'Choose a local authority'),
        providers: options(await providers(c), value('org-provider'), 'Choose a provider'),
        departments: options(DEPARTMENTS, value('org-commissioner'), 'Choose a department'),
      });
    },
  },
  {
    method: 'POST',
    path: '/sign-in',
    roles: 'public',
    handle: async (c) => {
      const values = {
        role: c.form.get('role'),
        'org-la': c.form.get('org-la'),
        'org-provider': c.form.get('org-provider'),
        'org-commissioner': c.form.get('org-commissioner'),
      };
      const role = Role.safeParse(values.role);
      if (!role.success) return backWithErrors(c, '/sign-in', fieldError('role', 'Select your role'), values);
      const org = role.data === 'coordinator' ? NATIONAL : c.form.get(`org-${role.data}`);
      let orgName: string | undefined;
      if (role.data === 'la') orgName = localAuthority(org)?.name;
      if (role.data === 'provider') orgName = (await providers(c)).find((p) => p.value === org)?.text;
      if (role.data === 'commissioner') orgName = DEPARTMENTS.find((d) => d.value === org)?.value;
      if (role.data === 'coordinator') orgName = 'National coordination';
      if (!orgName || !orgFitsRole(role.data, org) || !c.deps.localTokens) {
        return backWithErrors(
          c,
          '/sign-in',
          fieldError(`org-${role.data}`, 'Select your organisation'),
          values,
        );
      }
      const token = await c.deps.localTokens.mint({ role: role.data, org });
      // A new session on sign-in: an id anyone saw before it is worthless after it.
      c.sessions.destroy(c.session);
      c.session = c.sessions.create({ role: role.data, org, orgName, token });
      return redirect(HOME[role.data]);
    },
  },
  {
    method: 'POST',
    path: '/sign-out',
    roles: 'public',
    handle: async (c) => {
      c.sessions.destroy(c.session);
      c.session = c.sessions.create();
      return withNotice(c, '/sign-in', 'You have signed out');
    },
  },
];
