import type { Placement } from '../../shared/contract/schemas.js';
import { formatDateTime, LEGAL_BASIS_LABELS, labelOf, type Tag } from '../format.js';

/** How each authority status reads at a glance: colour and words, never colour alone. */
const AUTHORITY_TAGS: Record<string, Tag> = {
  ok: { text: 'Lawful', classes: 'govuk-tag--green' },
  ending_soon: { text: 'Ends soon', classes: 'govuk-tag--yellow' },
  lapsed: { text: 'Lapsed', classes: 'govuk-tag--red' },
  none: { text: 'None recorded', classes: 'govuk-tag--red' },
};

/** A placement's authority in words: the order, until when, and a status tag. */
export function authoritySummary(p: Placement): { basis: string; until: string; tag: Tag } {
  const a = p.legalAuthority;
  if (!a) return { basis: 'None recorded', until: 'Not known', tag: AUTHORITY_TAGS.none as Tag };
  return {
    basis: labelOf(LEGAL_BASIS_LABELS, a.basis),
    until: a.until ? formatDateTime(a.until) : 'No end date',
    tag: AUTHORITY_TAGS[a.status] as Tag,
  };
}

/** No current authority: lapsed, not begun, or none recorded at all (the coordinators' board). */
export const withoutAuthority = (p: Placement) =>
  p.status === 'active' && (!p.legalAuthority || p.legalAuthority.status === 'lapsed');
