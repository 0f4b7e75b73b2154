import { SECURITY_HEADERS } from '../../shared/http/router.js';
import type { Step } from './pipeline.js';

/**
 * The API's security headers, with what a browser page needs instead: its own origin as
 * referrer (so our posts still carry Origin), and a same-origin opener. Pages replace the CSP
 * with their own nonce'd one; redirects and plain answers keep this one, which loads nothing.
 */
export const CONSOLE_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * The policy of every HTML page: our own files, and the one inline script that carries the nonce.
 * `formTargets`: other origins a form may lead to; sign-out's redirect to the OpenID provider's
 * end-session page is one (browsers hold a form's redirects to form-action too).
 */
export const csp = (nonce: string, formTargets: readonly string[] = []) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');

/** Step 1: every answer carries the headers; what a later step set wins. */
export const securityHeaders: Step = async (_x, next) => {
  const r = await next();
  r.headers = { ...CONSOLE_HEADERS, ...r.headers };
  return r;
};
