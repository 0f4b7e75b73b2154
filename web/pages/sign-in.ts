/**
 * Local sign-in: pick a role and an organisation, and the console mints a token for it with the
 * local server's signing key (deps.localTokens), exactly as POST /local/token does.
 *
 * With an OpenID provider (CONSOLE_AUTH=oidc; deployed, Cognito's hosted sign-in) there is no
 * such form: "Sign in" starts the authorisation code flow (./auth.ts), and the groups and
 * `custom:org` of the ID token become the same role and org (shared/http/auth.ts).
 */
import { Role } from '../../shared/contract/enums.js';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { orgFitsRole } from '../../shared/http/auth.js';
import { Api } from '../api.js';
import { fieldError } from '../form-errors.js';
import { HOME } from '../layout.js';
import { type PageContext, type PageRoute, page, redirect } from '../page.js';
import { typedClient } from '../services/client.js';
import { allUnits } from '../services/register.js';
import type { FormErrors } from '../session.js';

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
  const units = await allUnits(typedClient(new Api(c.router, token, '127.0.0.1')));
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
  await c.sessions.destroy(c.session);
  // No token is kept: each request gets a fresh one from whichever instance serves it (app/routes.ts).
  c.session = await c.sessions.create({ role, org, orgName, via: 'local' });
  return redirect(HOME[role]);
}

/**
 * No session exists before sign-in, so there is no flash to carry an error through a redirect:
 * a wrong answer is shown on the page it was given on, as GOV.UK forms do.
 */
function signInPage(role: string, errors?: FormErrors) {
  return page('sign-in.njk', 'Sign in', { role }, errors ? { status: 400, errors } : {});
}

async function orgPage(c: PageContext, role: OrgRole, chosen = '', errors?: FormErrors) {
  const q = ORG_QUESTIONS[role];
  return page(
    'sign-in-org.njk',
    q.title,
    {
      backLink: { href: '/sign-in' },
      action: `/sign-in/${role}`,
      question: q,
      items: options(await orgsFor(c, role), chosen, q.prompt),
    },
    errors ? { status: 400, errors } : {},
  );
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
      if (c.oidc || !c.deps.localTokens) return page('sign-in-oidc.njk', 'Sign in');
      return signInPage('');
    },
  },
  {
    method: 'POST',
    path: '/sign-in',
    roles: 'public',
    handle: async (c) => {
      if (c.oidc) return redirect('/sign-in');
      const role = Role.safeParse(c.form.get('role'));
      if (!role.success) return signInPage('', fieldError('role', 'Select who you work for'));
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
      if (c.oidc || !isOrgRole(role)) return redirect('/sign-in');
      return orgPage(c, role);
    },
  },
  {
    method: 'POST',
    path: '/sign-in/:role',
    roles: 'public',
    handle: async (c) => {
      const role = c.params.role ?? '';
      if (c.oidc || !isOrgRole(role)) return redirect('/sign-in');
      const org = c.form.get('org');
      const found = (await orgsFor(c, role)).find((o) => o.value === org);
      if (!found) {
        const text = `Select the ${ORG_QUESTIONS[role].label.toLowerCase()} you work for`;
        return orgPage(c, role, org, fieldError('org', text));
      }
      return signIn(c, role, org, role === 'commissioner' ? org : found.text);
    },
  },
  {
    method: 'POST',
    path: '/sign-out',
    roles: 'public',
    handle: async (c) => {
      const { user } = c.session;
      await c.sessions.destroy(c.session);
      c.session = c.sessions.anonymous(c.session.csrf);
      // Signed in at the provider too: end that session as well, which then sends them to /signed-out.
      if (user?.via === 'oidc' && c.oidc) return redirect(await c.oidc.signOutUrl(user.token));
      return redirect('/signed-out');
    },
  },
  {
    method: 'GET',
    path: '/signed-out',
    roles: 'public',
    handle: async (c) =>
      c.session.user
        ? redirect(HOME[c.session.user.role])
        : page('error.njk', 'You have signed out', {
            heading: 'You have signed out',
            paragraphs: ['Close this window if you are on a shared computer.'],
          }),
  },
];
