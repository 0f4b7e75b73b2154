import type { Role } from '../shared/contract/enums.js';
import type { Api } from './api.js';
import type { NavCounts } from './layout.js';

/** Roles that decide on holds and answer referrals, so the navigation counts what waits for them. */
const DECIDING: readonly Role[] = ['provider', 'coordinator'];

/** How many items one page of a list holds (100 is the API's largest page: 99+ shows beyond it). */
async function countOf(api: Api, path: string, status: string): Promise<number> {
  const reply = await api.call<{ items: { status: string }[]; nextCursor?: string }>('GET', path, {
    query: { status, limit: '100' },
  });
  if (reply.status !== 200) return 0;
  const page = reply.body as { items: { status: string }[]; nextCursor?: string };
  // A hold read past its expiry is `expired` whatever the list's filter saw: count live ones only.
  const live = page.items.filter((i) => i.status === status).length;
  return page.nextCursor ? Math.max(live, 100) : live;
}

/**
 * What waits for the user's organisation, read through the API as the user: holds waiting for a
 * decision and referrals waiting for an answer. A count that cannot be read shows none rather
 * than failing the page.
 */
export async function navCounts(api: Api, role: Role): Promise<NavCounts> {
  if (!DECIDING.includes(role)) return {};
  try {
    const [holds, referrals] = await Promise.all([
      countOf(api, '/v1/holds', 'active'),
      countOf(api, '/v1/referrals', 'pending'),
    ]);
    return { holds, referrals };
  } catch {
    return {};
  }
}
