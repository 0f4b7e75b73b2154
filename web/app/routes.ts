import { compilePath, matchPath, type PathPattern } from '../../shared/http/paths.js';
import type { Router } from '../../shared/http/router.js';
import type { Deps } from '../../shared/http/types.js';
import { Api, ApiProblem } from '../api.js';
import type { OidcClient } from '../auth/oidc.js';
import { navCounts } from '../nav-counts.js';
import type { Outcome, PageContext, PageRoute } from '../page.js';
import { typedClient } from '../services/client.js';
import type { SessionStore, SignedInUser } from '../session.js';
import type { WebResponse } from './http.js';
import type { Exchange } from './pipeline.js';
import { errorPage, type Pages } from './render.js';

const ID = /^[A-Za-z0-9_-]{1,100}$/;

interface Compiled extends PathPattern {
  route: PageRoute;
}

/** A page's parameters, decoded, when every one is a plain id; otherwise the path is not that page's. */
function paramsOf(c: Compiled, path: string): Record<string, string> | undefined {
  const raw = matchPath(c, path);
  if (!raw) return undefined;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      return undefined;
    }
    if (!ID.test(decoded)) return undefined;
    params[name] = decoded;
  }
  return params;
}

/** What the API's problem means for the person: said once here, not in every page. */
function problemPage(error: ApiProblem): Outcome {
  switch (error.kind) {
    case 'not_found':
      return errorPage('Page not found', ['It may have been removed, or it is not yours to see.'], 404);
    case 'forbidden':
      return errorPage('You cannot do this', [error.problem.detail], 403);
    case 'unavailable':
      return errorPage(
        'Sorry, there is a problem with the service',
        ['Nothing was changed. Try again in a few minutes.'],
        error.status,
      );
    default:
      return errorPage('Sorry, that did not work', [error.problem.detail], error.status);
  }
}

/**
 * The token a page calls the API with. A local sign-in keeps only who they are and gets a
 * short-lived token from this instance's key on each request, so a session made by another
 * instance, or before a restart, still works; an OpenID sign-in sends the provider's ID token.
 */
async function tokenFor(deps: Deps, user: SignedInUser): Promise<string | undefined> {
  if (user.via === 'oidc' || !deps.localTokens) return user.token;
  return deps.localTokens.mint({ role: user.role, org: user.org }, 300);
}

interface RouteServices {
  deps: Deps;
  router: Router;
  sessions: SessionStore;
  pages: Pages;
  oidc?: OidcClient;
}

/**
 * The last step: find the page (the shared path matcher), send signed-out visitors to sign in,
 * check the role, run the page with the API in-process as the user, and turn what it answers
 * (or throws) into a response.
 */
export function routes(list: readonly PageRoute[], s: RouteServices): (x: Exchange) => Promise<WebResponse> {
  const compiled: Compiled[] = list.map((route) => ({ route, ...compilePath(route.path) }));
  return async (x) => {
    const { pages } = s;
    const onPath = compiled
      .map((c) => ({ c, params: paramsOf(c, x.req.path) }))
      .filter((m): m is { c: Compiled; params: Record<string, string> } => m.params !== undefined);
    const match = onPath.find((m) => m.c.route.method === x.req.method);
    if (!match) {
      if (!onPath.length) {
        return pages.error(x, 'Page not found', ['If you typed the web address, check it is correct.'], 404);
      }
      const r = pages.error(x, 'Method not allowed', ['Use the links and buttons on the page.'], 405);
      r.headers.allow = [...new Set(onPath.map((m) => m.c.route.method))].join(', ');
      return r;
    }
    const { route } = match.c;
    const user = x.session.user;
    if (route.roles !== 'public') {
      if (!user) {
        if (x.req.method === 'GET') return x.redirect('/sign-in');
        return pages.error(
          x,
          'You need to sign in again',
          ['Your session has ended. Sign in, then try again.'],
          401,
        );
      }
      if (!route.roles.includes(user.role)) {
        return pages.error(x, 'You cannot see this page', ['Your role does not give you access to it.'], 403);
      }
    }

    const api = new Api(s.router, user && (await tokenFor(s.deps, user)), x.req.clientIp);
    const ctx: PageContext = {
      req: x.req,
      url: x.req.url,
      params: match.params,
      form: x.form,
      session: x.session,
      user: user as NonNullable<typeof user>,
      client: typedClient(api),
      now: s.deps.clock(),
      flash: x.session.flash ?? {},
      deps: s.deps,
      sessions: s.sessions,
      router: s.router,
      cookies: x.cookies,
      oidc: s.oidc,
    };
    let outcome: Outcome;
    try {
      outcome = await route.handle(ctx);
    } catch (error) {
      x.session = ctx.session;
      if (!(error instanceof ApiProblem)) {
        // Nothing unknown reaches the browser as a stack trace: log it, show the GOV.UK problem page.
        s.deps.logger.error('console page failed', {
          path: x.req.path,
          error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
        });
        return pages.error(x, 'Sorry, there is a problem with the service', ['Try again later.'], 500);
      }
      if (error.kind === 'unauthenticated') {
        // The API no longer accepts the token (it expired, or the provider revoked it): sign out.
        await s.sessions.destroy(x.session);
        x.session = s.sessions.anonymous(x.session.csrf);
        return x.redirect('/sign-in');
      }
      outcome = problemPage(error);
    }
    x.session = ctx.session;
    // Only a page shown to a signed-in user carries the navigation's counts.
    const counts =
      user && 'view' in outcome ? await navCounts(ctx.client, user.role, ctx.session) : undefined;
    return pages.outcome(x, outcome, counts);
  };
}
