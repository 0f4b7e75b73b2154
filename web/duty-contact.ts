import type { DutyContact } from '../shared/contract/unit-facts.js';

/**
 * National coordination's duty line. The real numbers are not in our sources, so these defaults
 * are Ofcom's drama-range number and a reserved example domain: set COORDINATION_PHONE and
 * COORDINATION_EMAIL when deploying.
 */
export const COORDINATION = {
  phone: process.env.COORDINATION_PHONE ?? '0113 496 0000',
  email: process.env.COORDINATION_EMAIL ?? 'coordination@example.gov.uk',
  hours: '24 hours a day, every day',
  illustrative: !process.env.COORDINATION_PHONE,
};

/** What `partials/duty-contact.njk` shows: a phone, a secure email and hours, and whose they are. */
interface DutyContactView {
  /** True when these are the unit's own; false when the unit has given none and coordination stands in. */
  own: boolean;
  phone: string;
  /** The number as a `tel:` URI wants it: RFC 3966 allows "-", "." and brackets as separators, not spaces. */
  tel: string;
  email: string;
  hours: string;
  illustrative: boolean;
}

const telOf = (phone: string) => phone.replace(/\s+/g, '');

/**
 * Who to phone about a unit's bed at 2 a.m.: the duty contact its provider keeps current, or,
 * until it has given one, national coordination (never a blank where a number should be).
 */
export function dutyContactView(contact: DutyContact | null | undefined): DutyContactView {
  if (contact) return { own: true, ...contact, tel: telOf(contact.phone), illustrative: false };
  return {
    own: false,
    phone: COORDINATION.phone,
    tel: telOf(COORDINATION.phone),
    email: COORDINATION.email,
    hours: COORDINATION.hours,
    illustrative: COORDINATION.illustrative,
  };
}

/** National coordination's line, in the same shape, for pages that name it on its own. */
export const coordinationView = (): DutyContactView => dutyContactView(null);
