import {
  hostCookie,
  randomToken,
  readCookie,
  SESSION_COOKIE,
  type SessionStore,
  sameSecret,
} from '../session.js';
import type { Step } from './pipeline.js';
import type { ConsoleSecret } from './secret.js';

/** The pre-sign-in form token: random, signed, and the same in a cookie and in the form (double submit). */
const CSRF_COOKIE = '__Host-sb_csrf';
const CSRF_PURPOSE = 'csrf';

/** A valid signed double-submit token from the cookie, or undefined. */
async function anonymousToken(cookieHeader: string | undefined, secret: ConsoleSecret) {
  const value = readCookie(cookieHeader, CSRF_COOKIE);
  const [nonce, sig] = (value ?? '').split('.');
  if (!nonce || !sig) return undefined;
  return sameSecret(sig, await secret.sign(CSRF_PURPOSE, nonce)) ? value : undefined;
}

/**
 * Step: the session. A cookie naming a live session loads it; anyone else gets the unsaved
 * anonymous stand-in, whose CSRF token is the signed double-submit one (no item is written for
 * them, so a flood of visitors costs the table nothing and can push no one out). Afterwards the
 * session is written back if the page changed it, and the cookie follows sign-in and sign-out.
 */
export function sessions(store: SessionStore, secret: ConsoleSecret): Step {
  return async (x, next) => {
    const cookieId = readCookie(x.req.headers.cookie, SESSION_COOKIE);
    const loaded = await store.load(cookieId);
    if (loaded) {
      x.session = loaded;
    } else {
      let token = await anonymousToken(x.req.headers.cookie, secret);
      if (!token) {
        const nonce = randomToken();
        token = `${nonce}.${await secret.sign(CSRF_PURPOSE, nonce)}`;
        x.cookies.push(hostCookie(CSRF_COOKIE, token));
      }
      x.session = store.anonymous(token);
      // The cookie named a session that has ended (timed out or signed out elsewhere).
      if (cookieId) {
        x.sessionEnded = true;
        x.cookies.push(hostCookie(SESSION_COOKIE, undefined));
      }
    }
    const startedAs = x.session.id;
    const before = store.snapshot(x.session);

    const response = await next();

    const ended = x.session;
    if (ended.id !== startedAs) x.cookies.push(hostCookie(SESSION_COOKIE, ended.id || undefined));
    if (ended.id) await store.save(ended, ended.id === startedAs ? before : '');
    return response;
  };
}
