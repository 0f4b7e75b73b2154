import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../shared/http/node-adapter.js';
import type { Router } from '../shared/http/router.js';
import type { Deps } from '../shared/http/types.js';
import { Api, ApiProblem } from './api.js';
import { loadAssets } from './assets.js';
import { navigationFor, SERVICE_NAME, signedInAs } from './layout.js';
import { Form, type Outcome, type PageContext, type PageRoute } from './page.js';
import { boardPages } from './pages/board.js';
import { dashboardPages } from './pages/dashboards.js';
import { holdPages } from './pages/holds.js';
import { newRequestPages } from './pages/new-request.js';
import { placementPages } from './pages/placements.js';
import { requestPages } from './pages/requests.js';
import { signInPages } from './pages/sign-in.js';
import { unitPages } from './pages/units.js';
import { csrfMatches, type Session, SessionStore, sessionCookie, takeFlash } from './session.js';
import { createViews } from './views.js';

/** The web console's request handler: answers true when it served the request. */
export type ConsoleHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const PAGES: readonly PageRoute[] = [
  ...signInPages,
  ...newRequestPages,
  ...requestPages,
  ...holdPages,
  ...placementPages,
  ...unitPages,
  ...boardPages,
  ...dashboardPages,
];

/** Headers on every console response; pages add a CSP whose nonce lets only our own inline script run. */
const BASE_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // same-origin: nothing leaks to other sites, and browsers still send our own Origin on posts.
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  // Redirects and plain answers load nothing; pages replace this with their own nonce'd policy.
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

export const csp = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

const ID = /^[A-Za-z0-9_-]{1,100}$/;

interface Compiled {
  route: PageRoute;
  pattern: RegExp;
  names: string[];
}

function compile(route: PageRoute): Compiled {
  const names: string[] = [];
  const source = route.path.replace(/:(\w+)/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

function paramsOf(c: Compiled, path: string): Record<string, string> | undefined {
  const m = c.pattern.exec(path);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const [i, name] of c.names.entries()) {
    let value: string;
    try {
      value = decodeURIComponent(m[i + 1] ?? '');
    } catch {
      return undefined;
    }
    if (!ID.test(value)) return undefined;
    params[name] = value;
  }
  return params;
}

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
};

const isHttps = (req: IncomingMessage) => req.headers['x-forwarded-proto'] === 'https';

/**
 * The server-rendered console. Every page is a thin handler that calls the API in-process
 * (./api.ts) and renders a view model; this function owns what all pages share: assets,
 * sessions, CSRF, security headers, post-redirect-get and the error pages.
 */
export function createConsole(deps: Deps, router: Router): ConsoleHandler {
  const render = createViews();
  const assets = loadAssets();
  const sessions = new SessionStore(deps.clock);
  const compiled = PAGES.map(compile);

  function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer) {
    res.writeHead(status, { ...BASE_HEADERS, ...headers });
    res.end(body);
  }

  function html(
    req: IncomingMessage,
    res: ServerResponse,
    session: Session | undefined,
    outcome: Extract<Outcome, { view: string }>,
    path: string,
  ) {
    const nonce = randomBytes(16).toString('base64');
    const flash = takeFlash(session);
    const errors = outcome.errors ?? flash.errors;
    const body = render(outcome.view, {
      ...outcome.model,
      title: outcome.title,
      // govuk/template.njk reads these two: the nonce goes on its one inline script.
      cspNonce: nonce,
      assetPath: '/assets',
      layout: {
        serviceName: SERVICE_NAME,
        nonce,
        assetVersion: assets.version,
        csrf: session?.csrf,
        user: session?.user ? { label: signedInAs(session.user) } : undefined,
        navigation: navigationFor(session?.user, path),
        notice: flash.notice,
        errors: errors?.summary.length ? errors : undefined,
        values: flash.values ?? {},
      },
    });
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp(nonce),
      'cache-control': 'no-store',
    };
    if (session) headers['set-cookie'] = sessionCookie(session, isHttps(req));
    send(res, outcome.status ?? 200, headers, body);
  }

  function errorPage(
    heading: string,
    paragraphs: string[],
    status: number,
  ): Extract<Outcome, { view: string }> {
    return { view: 'error.njk', title: heading, model: { heading, paragraphs }, status };
  }

  function serveAsset(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    const asset = assets.get(path);
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) {
      send(
        res,
        404,
        { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
        'Not found',
      );
      return true;
    }
    send(
      res,
      200,
      {
        'content-type': asset.type,
        'cache-control': 'public, max-age=31536000, immutable',
      },
      req.method === 'HEAD' ? '' : asset.body,
    );
    return true;
  }

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://console.local');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    if (path.startsWith('/assets/')) return serveAsset(req, res, path);

    let session = sessions.fromRequest(req);
    const onPath = compiled
      .map((c) => ({ c, params: paramsOf(c, path) }))
      .filter((m): m is { c: Compiled; params: Record<string, string> } => m.params !== undefined);
    const match = onPath.find((m) => m.c.route.method === req.method);
    if (!match) {
      if (onPath.length) {
        res.setHeader('allow', [...new Set(onPath.map((m) => m.c.route.method))].join(', '));
        html(
          req,
          res,
          session,
          errorPage('Method not allowed', ['Use the links and buttons on the page.'], 405),
          path,
        );
      } else {
        html(
          req,
          res,
          session,
          errorPage('Page not found', ['If you typed the web address, check it is correct.'], 404),
          path,
        );
      }
      return true;
    }
    const { route } = match.c;

    if (route.roles !== 'public' && !session?.user) {
      if (req.method === 'GET') {
        send(res, 303, { location: '/sign-in', 'cache-control': 'no-store' }, '');
      } else {
        html(
          req,
          res,
          undefined,
          errorPage('You need to sign in again', ['Your session has ended. Sign in, then try again.'], 401),
          path,
        );
      }
      return true;
    }

    let form = new Form();
    if (req.method === 'POST') {
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      const { text, tooLarge } = await readBody(req);
      if (tooLarge) {
        html(req, res, session, errorPage('Your answer is too long', ['Go back and shorten it.'], 413), path);
        return true;
      }
      if (type !== 'application/x-www-form-urlencoded') {
        html(
          req,
          res,
          session,
          errorPage('Sorry, that did not work', ['Use the form on the page.'], 415),
          path,
        );
        return true;
      }
      form = new Form(new URLSearchParams(text));
      // SameSite=Strict keeps the cookie off cross-site posts; the token catches everything else.
      // An Origin that names another site is refused outright; "null" or none leaves it to the token.
      const origin = req.headers.origin;
      const sameOrigin = !origin || origin === 'null' || hostOf(origin) === req.headers.host;
      if (!session || !sameOrigin || !csrfMatches(session, form.get('_csrf'))) {
        html(
          req,
          res,
          session,
          errorPage(
            'Sorry, this form has expired',
            ['Nothing was changed. Go back, refresh the page and try again.'],
            403,
          ),
          path,
        );
        return true;
      }
    }

    if (!session) session = sessions.create();
    const user = session.user;
    if (route.roles !== 'public' && user && !route.roles.includes(user.role)) {
      html(
        req,
        res,
        session,
        errorPage('You cannot see this page', ['Your role does not give you access to it.'], 403),
        path,
      );
      return true;
    }

    const ctx: PageContext = {
      req,
      url,
      params: match.params,
      form,
      session,
      user: user as NonNullable<typeof user>,
      api: new Api(router, user?.token, req.socket.remoteAddress ?? '127.0.0.1'),
      now: deps.clock(),
      flash: session.flash ?? {},
      deps,
      sessions,
      router,
    };

    let outcome: Outcome;
    try {
      outcome = await route.handle(ctx);
    } catch (error) {
      if (!(error instanceof ApiProblem)) {
        // Nothing unknown reaches the browser as a stack trace: log it, show the GOV.UK problem page.
        deps.logger.error('console page failed', {
          path,
          error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
        });
        html(
          req,
          res,
          ctx.session,
          errorPage('Sorry, there is a problem with the service', ['Try again later.'], 500),
          path,
        );
        return true;
      }
      if (error.status === 401) {
        sessions.destroy(session);
        send(res, 303, { location: '/sign-in', 'set-cookie': sessionCookie(undefined, isHttps(req)) }, '');
        return true;
      }
      outcome =
        error.status === 404
          ? errorPage('Page not found', ['It may have been removed, or it is not yours to see.'], 404)
          : error.status === 403
            ? errorPage('You cannot do this', [error.problem.detail], 403)
            : error.status >= 500
              ? errorPage(
                  'Sorry, there is a problem with the service',
                  ['Nothing was changed. Try again in a few minutes.'],
                  error.status,
                )
              : errorPage('Sorry, that did not work', [error.problem.detail], error.status);
    }

    if ('redirect' in outcome) {
      send(
        res,
        303,
        {
          location: outcome.redirect,
          'cache-control': 'no-store',
          // Sign-in and sign-out swap the session: the cookie always names the one the page ended with.
          'set-cookie': sessionCookie(ctx.session, isHttps(req)),
        },
        '',
      );
    } else if ('download' in outcome) {
      send(
        res,
        200,
        {
          'content-type': outcome.download.type,
          'content-disposition': `attachment; filename="${outcome.download.filename}"`,
          'cache-control': 'no-store',
        },
        outcome.download.body,
      );
    } else {
      html(req, res, ctx.session, outcome, path);
    }
    return true;
  };
}
