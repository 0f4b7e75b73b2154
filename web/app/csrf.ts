import { Form } from '../page.js';
import { sameSecret } from '../session.js';
import type { WebRequest } from './http.js';
import type { Step } from './pipeline.js';
import type { Pages } from './render.js';

/**
 * The origin the browser shows for the console: the configured public URL when deployed (behind
 * CloudFront the Host header names the origin server, not the site), else the request's own.
 */
function expectedOrigin(req: WebRequest, publicUrl?: string): string | undefined {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = req.headers.host;
  if (!host) return undefined;
  const scheme = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return `${scheme}://${host}`;
}

/**
 * Step: every POST is a form from one of our own pages. The body must be a urlencoded form within
 * the limit; an Origin, when the browser sends one, must be exactly ours (scheme, host and port);
 * and `_csrf` must equal the session's token (signed in) or the signed double-submit cookie's
 * (before sign-in). SameSite=Lax keeps the cookie off other sites' posts as a further line.
 */
export function csrf(pages: Pages, publicUrl?: string): Step {
  const expired = ['Nothing was changed. Go back, refresh the page and try again.'];
  return async (x, next) => {
    if (x.req.method !== 'POST') return next();
    const { text, tooLarge } = await x.req.body();
    if (tooLarge) return pages.error(x, 'Your answer is too long', ['Go back and shorten it.'], 413);
    const type = (x.req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      return pages.error(x, 'Sorry, that did not work', ['Use the form on the page.'], 415);
    }
    if (x.sessionEnded) {
      return pages.error(
        x,
        'You need to sign in again',
        ['Your session has ended. Sign in, then try again.'],
        401,
      );
    }
    const form = new Form(new URLSearchParams(text));
    // "null" (a privacy-minded or sandboxed sender) or no Origin at all leaves it to the token.
    const origin = x.req.headers.origin;
    const sameOrigin = !origin || origin === 'null' || origin === expectedOrigin(x.req, publicUrl);
    if (!sameOrigin || !sameSecret(x.session.csrf, form.get('_csrf'))) {
      return pages.error(x, 'Sorry, this form has expired', expired, 403);
    }
    x.form = form;
    return next();
  };
}
