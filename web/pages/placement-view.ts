import type { DelayReason } from '../../shared/contract/enums.js';
import type { Placement, Unit } from '../../shared/contract/schemas.js';
import { MAY_NOT_BE_KEPT } from '../../shared/domain/legal-authority.js';
import {
  formatDate,
  formatDateTime,
  isoFromParts,
  isRealDate,
  LEGAL_BASIS_LABELS,
  labelOf,
  laName,
  missingDateParts,
  partsFromIso,
  type Tag,
} from '../format.js';
import type { Form } from '../page.js';
import { unitName } from './common.js';

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
const withoutAuthority = (p: Placement) =>
  p.status === 'active' && (!p.legalAuthority || p.legalAuthority.status === 'lapsed');

/** The coordinators' board: every active placement with no current authority, longest lapsed first. */
export function unlawfulRows(placements: readonly Placement[], units: Map<string, Unit>) {
  return (
    placements
      .filter(withoutAuthority)
      // Lapsed orders first, longest ago first; then placements with no authority recorded at all.
      .sort((a, b) => (a.legalAuthority?.until ?? '~').localeCompare(b.legalAuthority?.until ?? '~'))
      .map((p) => {
        const a = authoritySummary(p);
        return {
          href: `/placements/${p.id}`,
          childRef: p.childRef ?? 'Placed outside this service',
          unit: unitName(units, p.unitId),
          la: p.laCode ? laName(p.laCode) : 'Outside this service',
          basis: a.basis,
          ended: p.legalAuthority?.until ? formatDateTime(p.legalAuthority.until) : 'No end date recorded',
          tag: a.tag,
          mayNotBeKept: p.warnings.includes(MAY_NOT_BE_KEPT),
        };
      })
  );
}

/** Why a child ready to leave is still here, in words (SPEC's `delayReason`). */
export const DELAY_REASON_LABELS: Record<DelayReason, string> = {
  no_placement_found: 'No placement found yet',
  awaiting_court: 'Waiting for a court',
  awaiting_funding: 'Waiting for funding',
  awaiting_health_assessment: 'Waiting for a health assessment',
  other: 'Another reason',
};

/** The day, month and year boxes of a GOV.UK date input, as typed last time or from a date. */
export function dateBoxes(
  flash: Record<string, unknown> | undefined,
  name: string,
  fallback?: string | null,
) {
  const typed = ['day', 'month', 'year'].map((k) => flash?.[`${name}-${k}`]);
  if (typed.some((v) => typeof v === 'string' && v !== '')) {
    const [day, month, year] = typed.map((v) => (typeof v === 'string' ? v : ''));
    return { day, month, year };
  }
  return partsFromIso(fallback ?? undefined);
}

/** What was typed in a date input, as `YYYY-MM-DD` (unchecked) and as the three boxes for a retry. */
export function typedDate(form: Pick<Form, 'get'>, name: string) {
  const [day, month, year] = ['day', 'month', 'year'].map((k) => form.get(`${name}-${k}`)) as [
    string,
    string,
    string,
  ];
  return {
    iso: isoFromParts(day, month, year),
    boxes: { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year },
  };
}

/** A date the console checks before sending: real, whole, or missing. */
export function dateProblem(iso: string | undefined, label: string): string | undefined {
  if (iso === undefined) return undefined;
  const missing = missingDateParts(iso);
  if (missing) return `${label} ${missing}`;
  return isRealDate(iso) ? undefined : `${label} must be a real date`;
}

/** Every order recorded, oldest first, as table rows. */
export function historyRows(p: Placement) {
  return p.legalAuthorityHistory.map((o) => ({
    basis: labelOf(LEGAL_BASIS_LABELS, o.basis),
    from: formatDateTime(o.from),
    until: o.until ? formatDateTime(o.until) : 'No end date',
    hearing: o.courtHearingAt ? formatDate(o.courtHearingAt) : '',
  }));
}
