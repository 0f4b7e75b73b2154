import { randomBytes } from 'node:crypto';
import type { Assets } from '../assets.js';
import { type NavCounts, navigationFor, SERVICE_NAME, signedInAs } from '../layout.js';
import type { Outcome } from '../page.js';
import { takeFlash } from '../session.js';
import type { Render } from '../views.js';
import type { WebResponse } from './http.js';
import type { Exchange } from './pipeline.js';
import { csp } from './security.js';

type PageOutcome = Extract<Outcome, { view: string }>;

/** The GOV.UK error page with a heading, a few sentences and a status. */
export const errorPage = (heading: string, paragraphs: string[], status: number): PageOutcome => ({
  view: 'error.njk',
  title: heading,
  model: { heading, paragraphs },
  status,
});

/** Renders outcomes into responses: the layout's model, the nonce'd CSP, the flash shown once. */
export class Pages {
  constructor(
    private readonly render: Render,
    private readonly assets: Assets,
    private readonly formTargets: readonly string[] = [],
  ) {}

  html(x: Exchange, outcome: PageOutcome, counts?: NavCounts): WebResponse {
    const nonce = randomBytes(16).toString('base64');
    const session = x.session as Exchange['session'] | undefined;
    const flash = takeFlash(session);
    const errors = outcome.errors ?? flash.errors;
    const body = this.render(outcome.view, {
      ...outcome.model,
      title: outcome.title,
      // govuk/template.njk reads these two: the nonce goes on its one inline script.
      cspNonce: nonce,
      assetPath: '/assets',
      layout: {
        serviceName: SERVICE_NAME,
        nonce,
        assetVersion: this.assets.version,
        csrf: session?.csrf,
        user: session?.user ? { label: signedInAs(session.user) } : undefined,
        navigation: navigationFor(session?.user, x.req.path, counts),
        notice: flash.notice,
        errors: errors?.summary.length ? errors : undefined,
        values: flash.values ?? {},
      },
    });
    return x.respond(
      outcome.status ?? 200,
      {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp(nonce, this.formTargets),
        'cache-control': 'no-store',
      },
      body,
    );
  }

  error(x: Exchange, heading: string, paragraphs: string[], status: number): WebResponse {
    return this.html(x, errorPage(heading, paragraphs, status));
  }

  /** Any outcome: a page, a redirect (post, redirect, get) or a download. */
  outcome(x: Exchange, outcome: Outcome, counts?: NavCounts): WebResponse {
    if ('redirect' in outcome) return x.redirect(outcome.redirect);
    if ('download' in outcome) {
      return x.respond(
        200,
        {
          'content-type': outcome.download.type,
          'content-disposition': `attachment; filename="${outcome.download.filename}"`,
          'cache-control': 'no-store',
        },
        outcome.download.body,
      );
    }
    return this.html(x, outcome, counts);
  }
}
