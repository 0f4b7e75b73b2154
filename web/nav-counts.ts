import type { Role } from '../shared/contract/enums.js';
import type { Notification } from '../shared/contract/referrals.js';
import type { Api } from './api.js';
import type { NavCounts } from './layout.js';
import type { Session } from './session.js';

/** Roles that decide on holds and answer referrals, so the navigation counts what waits for them. */
const DECIDING: readonly Role[] = ['provider', 'coordinator'];
/** Roles with an inbox (SPEC: notifications reach LAs, providers and coordinators). */
const WITH_INBOX: readonly Role[] = ['la', 'provider', 'coordinator'];

/** The API's largest page: a count that fills it shows as 99+ rather than reading on. */
const PAGE = 100;

/**
 * Until this person first opens the inbox after signing in, what arrived in the last shift counts
 * as new: a duty worker starting at 8 p.m. sees what came in since the day team's morning. Read
 * state lives in the console session (SPEC's notifications carry none), so it is per sign-in.
 */
export const SHIFT_MS = 12 * 3600_000;

/** The instant after which a notification is new to this person. */
export const unreadAfter = (session: Pick<Session, 'inboxSeenAt' | 'createdAt'>): string =>
  session.inboxSeenAt ?? new Date(session.createdAt - SHIFT_MS).toISOString();

/** How many items of one status one page of a list holds: a single list call, never per item. */
async function countOf(api: Api, path: string, status: string): Promise<number> {
  const reply = await api.call<{ items: { status: string }[]; nextCursor?: string }>('GET', path, {
    query: { status, limit: String(PAGE) },
  });
  if (reply.status !== 200) return 0;
  const page = reply.body as { items: { status: string }[]; nextCursor?: string };
  // A hold read past its expiry is `expired` whatever the list's filter saw: count live ones only.
  const live = page.items.filter((i) => i.status === status).length;
  return page.nextCursor ? Math.max(live, PAGE) : live;
}

/** New notifications: one page of the inbox (one Query, newest first), counted down to the last seen. */
async function unread(api: Api, after: string): Promise<number> {
  const reply = await api.call<{ items: Notification[]; nextCursor?: string }>('GET', '/v1/notifications', {
    query: { limit: String(PAGE) },
  });
  if (reply.status !== 200) return 0;
  const page = reply.body as { items: Notification[]; nextCursor?: string };
  const fresh = page.items.filter((n) => n.createdAt > after).length;
  return fresh === page.items.length && page.nextCursor ? PAGE : fresh;
}

/**
 * What waits for the user's organisation, read through the API as the user, each with one list
 * call: holds waiting for a decision and referrals waiting for an answer (providers and
 * coordinators), offers waiting to be accepted (local authorities), and notifications not yet
 * seen. A count that cannot be read shows none rather than failing the page.
 */
export async function navCounts(
  api: Api,
  role: Role,
  session: Pick<Session, 'inboxSeenAt' | 'createdAt'>,
): Promise<NavCounts> {
  const deciding = DECIDING.includes(role);
  const none = Promise.resolve(undefined);
  try {
    const [holds, referrals, offers, inbox] = await Promise.all([
      deciding ? countOf(api, '/v1/holds', 'active') : none,
      deciding ? countOf(api, '/v1/referrals', 'pending') : none,
      role === 'la' ? countOf(api, '/v1/referrals', 'offered') : none,
      WITH_INBOX.includes(role) ? unread(api, unreadAfter(session)) : none,
    ]);
    return { holds, referrals, offers, inbox };
  } catch {
    return {};
  }
}
