import type { Router } from '../../shared/http/router.js';
import type { Deps } from '../../shared/http/types.js';
import { loadAssets } from '../assets.js';
import { OidcClient, type OidcSettings } from '../auth/oidc.js';
import type { PageRoute } from '../page.js';
import { authPages } from '../pages/auth.js';
import { boardPages } from '../pages/board.js';
import { dashboardPages } from '../pages/dashboards.js';
import { holdPages } from '../pages/holds.js';
import { inboxPages } from '../pages/inbox.js';
import { newRequestPages } from '../pages/new-request.js';
import { placementPages } from '../pages/placements.js';
import { laReferralPages } from '../pages/referrals-la.js';
import { providerReferralPages } from '../pages/referrals-provider.js';
import { requestPages } from '../pages/requests.js';
import { signInPages } from '../pages/sign-in.js';
import { unitRegisterPages } from '../pages/unit-register.js';
import { unitPages } from '../pages/units.js';
import { DEFAULT_LIMITS, type SessionLimits, SessionStore } from '../session.js';
import { createViews } from '../views.js';
import { csrf } from './csrf.js';
import type { WebRequest, WebResponse } from './http.js';
import { rateLimit, staticAssets } from './limits.js';
import { compose, type Step } from './pipeline.js';
import { Pages } from './render.js';
import { routes } from './routes.js';
import { ConsoleSecret } from './secret.js';
import { securityHeaders } from './security.js';
import { sessions } from './session.js';

/** Every page of the console; a new page joins one of these lists (see web/page.ts for the shape). */
const PAGES: readonly PageRoute[] = [
  ...signInPages,
  ...authPages,
  ...newRequestPages,
  ...requestPages,
  ...holdPages,
  ...placementPages,
  ...unitPages,
  ...unitRegisterPages,
  ...boardPages,
  ...dashboardPages,
  ...laReferralPages,
  ...providerReferralPages,
  ...inboxPages,
];

export interface ConsoleOptions {
  /** The console's address as browsers see it (deployed: the CloudFront URL); the CSRF origin check uses it. */
  publicUrl?: string;
  sessionLimits?: SessionLimits;
  /** Signs pre-sign-in cookies; default one kept in the table and shared by every instance. */
  secret?: string;
  /** Sign in with this OpenID provider instead of the local sign-in. */
  oidc?: OidcSettings;
}

export type WebApp = (req: WebRequest) => Promise<WebResponse>;

/**
 * The console, composed as hmpps-template-typescript composes server/app.ts: security headers,
 * static files, rate limit, session, CSRF, then the routes, each its own step (./*.ts). Every
 * page reads and changes data only through the API's router, in-process (../api.ts).
 */
export function createWebApp(deps: Deps, router: Router, o: ConsoleOptions = {}): WebApp {
  const assets = loadAssets();
  const signOutTo = o.oidc ? [new URL(o.oidc.logoutUrl ?? o.oidc.issuer).origin] : [];
  const pages = new Pages(createViews(), assets, signOutTo);
  const store = new SessionStore(deps.store.db, deps.clock, o.sessionLimits ?? DEFAULT_LIMITS);
  const secret = new ConsoleSecret(deps.store.db, o.secret);
  const oidc = o.oidc ? new OidcClient(o.oidc, secret, deps.clock) : undefined;

  /** Anything a step throws becomes the GOV.UK problem page, never a stack trace. */
  const errors: Step = async (x, next) => {
    try {
      return await next();
    } catch (error) {
      deps.logger.error('console request failed', {
        path: x.req.path,
        error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
      });
      return pages.error(x, 'Sorry, there is a problem with the service', ['Try again later.'], 500);
    }
  };

  return compose(
    [
      securityHeaders,
      errors,
      staticAssets(assets),
      rateLimit(pages, deps.rateLimit, deps.clock),
      sessions(store, secret),
      csrf(pages, o.publicUrl ?? o.oidc?.publicUrl),
    ],
    routes(PAGES, { deps, router, sessions: store, pages, oidc }),
  );
}
