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
}

const NAV: Record<Role, NavItem[]> = {
  la: [
    { text: 'Requests', href: '/requests' },
    { text: 'Placements', href: '/placements' },
  ],
  provider: [
    { text: 'Units and beds', href: '/units' },
    { text: 'Holds', href: '/holds' },
    { text: 'Placements', href: '/placements' },
  ],
  coordinator: [
    { text: 'Board', href: '/board' },
    { text: 'Requests', href: '/requests' },
    { text: 'Holds', href: '/holds' },
    { text: 'Units and beds', href: '/units' },
    { text: 'Placements', href: '/placements' },
    { text: 'Capacity', href: '/capacity' },
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

/** The service navigation for a user, marking the section the current path is in. */
export function navigationFor(user: SignedInUser | undefined, path: string) {
  if (!user) return [];
  const items = NAV[user.role];
  const section = items
    .filter((i) => path === i.href || path.startsWith(`${i.href}/`) || path.startsWith(`${i.href}.`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return items.map((i) => ({
    text: i.text,
    href: i.href,
    current: i === section && path === i.href,
    active: i === section,
  }));
}

export const signedInAs = (user: SignedInUser) => `${user.orgName} (${ROLE_NAMES[user.role]})`;
