import type { Role } from '../shared/contract/enums.js';
import type { SignedInUser } from './session.js';

export const SERVICE_NAME = 'Find a secure bed for a child';

const ROLE_NAMES: Record<Role, string> = {
  la: 'local authority',
  provider: 'provider',
  coordinator: 'national coordinator',
  commissioner: 'commissioner',
};

interface NavItem {
  text: string;
  href: string;
  /** What waits for this user behind the link, counted on every page (see web/nav-counts.ts). */
  count?: keyof NavCounts;
}

/** Things waiting for the signed-in organisation to act on. */
export interface NavCounts {
  holds?: number;
  referrals?: number;
  /** Offers from homes waiting for the local authority to accept one. */
  offers?: number;
  /** Notifications this person has not yet seen in the inbox. */
  inbox?: number;
}

/** What a count means, read after the link's name by a screen reader ("Inbox 3 new"). */
const COUNT_WORDS: Record<keyof NavCounts, string> = {
  holds: 'waiting',
  referrals: 'waiting',
  offers: 'offers waiting',
  inbox: 'new',
};

const NAV: Record<Role, NavItem[]> = {
  la: [
    { text: 'Requests', href: '/requests', count: 'offers' },
    { text: 'Placements', href: '/placements' },
    { text: 'Inbox', href: '/inbox', count: 'inbox' },
  ],
  provider: [
    { text: 'Units and beds', href: '/units' },
    { text: 'Holds', href: '/holds', count: 'holds' },
    { text: 'Referrals', href: '/referrals', count: 'referrals' },
    { text: 'Placements', href: '/placements' },
    { text: 'Inbox', href: '/inbox', count: 'inbox' },
  ],
  coordinator: [
    { text: 'Board', href: '/board' },
    { text: 'Requests', href: '/requests' },
    { text: 'Holds', href: '/holds', count: 'holds' },
    { text: 'Referrals', href: '/referrals', count: 'referrals' },
    { text: 'Units and beds', href: '/units' },
    { text: 'Placements', href: '/placements' },
    { text: 'Capacity', href: '/capacity' },
    { text: 'Inbox', href: '/inbox', count: 'inbox' },
  ],
  commissioner: [
    { text: 'Capacity', href: '/capacity' },
    { text: 'Usage', href: '/usage' },
    { text: 'Demand', href: '/demand' },
  ],
};

/** Where each role starts. */
export const HOME: Record<Role, string> = {
  la: '/requests',
  provider: '/units',
  coordinator: '/board',
  commissioner: '/capacity',
};

/** "Holds 2 waiting" reads as one link name; the number shows as a tag. */
function withCount(text: string, count: keyof NavCounts | undefined, counts: NavCounts) {
  const n = count && counts[count];
  if (!count || !n) return { text };
  const shown = n > 99 ? '99+' : String(n);
  return {
    html: `${text} <strong class="govuk-tag govuk-tag--red sb-nav-count">${shown}<span class="govuk-visually-hidden"> ${COUNT_WORDS[count]}</span></strong>`,
  };
}

/** The service navigation for a user, marking the section the current path is in. */
export function navigationFor(user: SignedInUser | undefined, path: string, counts: NavCounts = {}) {
  if (!user) return [];
  const items = NAV[user.role];
  const section = items
    .filter((i) => path === i.href || path.startsWith(`${i.href}/`) || path.startsWith(`${i.href}.`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return items.map((i) => ({
    ...withCount(i.text, i.count, counts),
    href: i.href,
    current: i === section && path === i.href,
    active: i === section,
  }));
}

export const signedInAs = (user: SignedInUser) => `${user.orgName} (${ROLE_NAMES[user.role]})`;
