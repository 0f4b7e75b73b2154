import type { Role } from '../shared/contract/enums.js';
import type { NavCounts } from './layout.js';
import { type TypedClient, unlessRefused } from './services/client.js';
import { holdsPage } from './services/holds.js';
import { notifications } from './services/notifications.js';
import { referralsPage } from './services/referrals.js';
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
const SHIFT_MS = 12 * 3600_000;

/** The instant after which a notification is new to this person. */
export const unreadAfter = (session: Pick<Session, 'inboxSeenAt' | 'createdAt'>): string =>
  session.inboxSeenAt ?? new Date(session.createdAt - SHIFT_MS).toISOString();

/** How many items of one status one page of a list holds: a single list call, never per item. */
function countOf(
  page: { items: { status: string }[]; nextCursor?: string | null } | undefined,
  status: string,
) {
  if (!page) return 0;
  // A hold read past its expiry is `expired` whatever the list's filter saw: count live ones only.
  const live = page.items.filter((i) => i.status === status).length;
  return page.nextCursor ? Math.max(live, PAGE) : live;
}

const holdCount = async (client: TypedClient, status: 'active') =>
  countOf(await unlessRefused(holdsPage(client, { status, limit: PAGE })), status);

const referralCount = async (client: TypedClient, status: 'pending' | 'offered') =>
  countOf(await unlessRefused(referralsPage(client, { status, limit: PAGE })), status);

/** New notifications: one page of the inbox (one Query, newest first), counted down to the last seen. */
async function unread(client: TypedClient, after: string): Promise<number> {
  const page = await unlessRefused(notifications(client, PAGE));
  if (!page) return 0;
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
  client: TypedClient,
  role: Role,
  session: Pick<Session, 'inboxSeenAt' | 'createdAt'>,
): Promise<NavCounts> {
  const deciding = DECIDING.includes(role);
  const none = Promise.resolve(undefined);
  try {
    const [holds, referrals, offers, inbox] = await Promise.all([
      deciding ? holdCount(client, 'active') : none,
      deciding ? referralCount(client, 'pending') : none,
      role === 'la' ? referralCount(client, 'offered') : none,
      WITH_INBOX.includes(role) ? unread(client, unreadAfter(session)) : none,
    ]);
    return { holds, referrals, offers, inbox };
  } catch {
    return {};
  }
}
