import type { Unit } from '../shared/contract/schemas.js';
import { formatDate } from './format.js';

const STATUS_WORDS = { open: 'Open', paused: 'Paused', closed: 'Closed' } as const;
const FACT_WORDS: Record<string, string> = {
  name: 'name',
  location: 'location',
  ageRange: 'ages',
  sexes: 'sexes',
  specialisms: 'specialisms',
  capacity: 'places',
  wardType: 'ward type',
  status: 'status',
  codes: 'codes',
};

type Row = {
  key: { text: string };
  value: { text?: string; html?: string };
  actions?: { items: { href: string; text: string; visuallyHiddenText: string }[] };
};

const htmlEscape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/**
 * The unit page's rows for the register's own facts: status (a coordinator may change it), where
 * the facts come from and which are not verified, and the duty contact (its provider keeps it).
 */
export function registerRows(unit: Unit, role: string): Row[] {
  const p = unit.provenance;
  const since = unit.statusSince ? ` since ${formatDate(unit.statusSince)}` : '';
  const unverified = (p.unverified ?? []).map((f) => FACT_WORDS[f] ?? f);
  const source = [
    `${p.source}, as of ${formatDate(p.asOf)}.`,
    p.verified
      ? unverified.length
        ? `Verified, except ${unverified.join(', ')}.`
        : 'Verified.'
      : `Not verified${unverified.length ? ` (including ${unverified.join(', ')})` : ''}: confirm with the unit.`,
  ].join(' ');
  const d = unit.dutyContact;
  return [
    {
      key: { text: 'Status' },
      value: {
        text: `${STATUS_WORDS[unit.status]}${since}${unit.statusReason ? `: ${unit.statusReason}` : ''}`,
      },
      ...(role === 'coordinator'
        ? {
            actions: {
              items: [{ href: `/units/${unit.id}/status`, text: 'Change', visuallyHiddenText: 'status' }],
            },
          }
        : {}),
    },
    { key: { text: 'Source of these facts' }, value: { text: source } },
    {
      key: { text: 'Duty contact' },
      value: d
        ? { html: `${htmlEscape(d.phone)}<br>${htmlEscape(d.email)}<br>${htmlEscape(d.hours)}` }
        : { text: 'Not given yet: social workers are sent to national coordination' },
      actions: {
        items: [
          { href: `/units/${unit.id}/duty-contact`, text: 'Change', visuallyHiddenText: 'duty contact' },
        ],
      },
    },
  ];
}
