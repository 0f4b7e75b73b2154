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

const ORG_QUESTIONS = {
  la: {
    title: 'Which local authority do you work for?',
    label: 'Local authority',
    prompt: 'Choose a local authority',
  },
  provider: { title: 'Which provider do you work for?', label: 'Provider', prompt: 'Choose a provider' },
  commissioner: {
    title: 'Which department do you work for?',
    label: 'Department',
    prompt: 'Choose a department',
  },
} as const;
type OrgRole = keyof typeof ORG_QUESTIONS;
const isOrgRole = (r: string): r is OrgRole => r in ORG_QUESTIONS;

async function orgsFor(c: PageContext, role: OrgRole): Promise<{ value: string; text: string }[]> {
  if (role === 'la') return LOCAL_AUTHORITIES.map((la) => ({ value: la.code, text: la.name })).sort(byText);
  if (role === 'provider') return providers(c);
  return DEPARTMENTS;
}

/** Signs in: a new session (an id anyone saw before is worthless after), holding a freshly minted token. */
async function signIn(c: PageContext, role: Role, org: string, orgName: string) {
  const tokens = c.deps.localTokens;
  if (!tokens || !orgFitsRole(role, org)) return redirect('/sign-in');
  const token = await tokens.mint({ role, org });
  c.sessions.destroy(c.session);
  c.session = c.sessions.create({ role, org, orgName, token });
  return redirect(HOME[role]);
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
      const role = c.flash.values?.role;
      return page('sign-in.njk', 'Sign in', { role: typeof role === 'string' ? role : '' });
    },
  },
  {
    method: 'POST',
    path: '/sign-in',
    roles: 'public',
    handle: async (c) => {
      const role = Role.safeParse(c.form.get('role'));
      if (!role.success) return backWithErrors(c, '/sign-in', fieldError('role', 'Select who you work for'));
      if (role.data === 'coordinator') return signIn(c, 'coordinator', NATIONAL, 'National coordination');
      return redirect(`/sign-in/${role.data}`);
    },
  },
  {
    method: 'GET',
    path: '/sign-in/:role',
    roles: 'public',
    handle: async (c) => {
      const role = c.params.role ?? '';
      if (!isOrgRole(role)) return redirect('/sign-in');
      const q = ORG_QUESTIONS[role];
      const chosen = c.flash.values?.org;
      return page('sign-in-org.njk', q.title, {
        backLink: { href: '/sign-in' },
        action: `/sign-in/${role}`,
        question: q,
        items: options(await orgsFor(c, role), typeof chosen === 'string' ? chosen : '', q.prompt),
      });
    },
  },
  {
    method: 'POST',
    path: '/sign-in/:role',
    roles: 'public',
    handle: async (c) => {
      const role = c.params.role ?? '';
      if (!isOrgRole(role)) return redirect('/sign-in');
      const org = c.form.get('org');
      const found = (await orgsFor(c, role)).find((o) => o.value === org);
      if (!found) {
        const text = `Select the ${ORG_QUESTIONS[role].label.toLowerCase()} you work for`;
        return backWithErrors(c, `/sign-in/${role}`, fieldError('org', text), { org });
      }
      return signIn(c, role, org, role === 'commissioner' ? org : found.text);
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
