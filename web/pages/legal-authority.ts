import { LEGAL_BASES_BY_STREAM } from '../../shared/contract/enums.js';
import { endOfLondonDay, londonMidnight } from '../../shared/domain/london-time.js';
import { errorsFromProblem, type FieldSpec, fieldError } from '../form-errors.js';
import { LEGAL_BASIS_LABELS, labelOf, londonDay } from '../format.js';
import { backWithErrors, type PageRoute, page, withNotice } from '../page.js';
import { formBody, type Schemas } from '../services/client.js';
import { placement, recordLegalAuthority } from '../services/placements.js';
import type { FormErrors } from '../session.js';
import { formKey, legalAuthorityWarnings } from './common.js';
import { authoritySummary, dateBoxes, dateProblem, typedDate } from './placement-view.js';

const ORDER_FIELDS: Record<string, FieldSpec> = {
  basis: { id: 'basis', label: 'The kind of order', missing: 'Select the kind of order' },
  from: { id: 'from', label: 'The date the order starts', missing: 'Enter the date the order starts' },
  until: { id: 'until', label: 'The date the order ends', missing: 'Enter the date the order ends' },
  courtHearingAt: {
    id: 'courtHearingAt',
    label: 'The next court hearing',
    missing: 'Enter the hearing date',
  },
};
const DATES = ['from', 'until', 'courtHearingAt'] as const;

/** GOV.UK: an error in a date input links to its first box. */
const toDayBoxes = (e: FormErrors): FormErrors => ({
  ...e,
  summary: e.summary.map((s) =>
    DATES.some((d) => s.href === `#${d}`) ? { ...s, href: `${s.href}-day` } : s,
  ),
});

/**
 * Recording a new order (placing LA or coordinator). Dates are days on the English calendar: an
 * order runs from the start of its first day to the end of its last, and a hearing is shown by
 * its day; the API works out the 72 hours and statutory periods from the start.
 */
export const legalAuthorityPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/placements/:id/legal-authority',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const p = await placement(c.client, c.params.id ?? '');
      const values = c.flash.values;
      const picked = typeof values?.basis === 'string' ? values.basis : '';
      const now = authoritySummary(p);
      return page('legal-authority.njk', `Record a new order for ${p.childRef}`, {
        backLink: { href: `/placements/${p.id}`, text: 'Back to the placement' },
        childRef: p.childRef,
        id: p.id,
        active: p.status === 'active',
        current: p.legalAuthority?.until
          ? `${now.basis}, until ${now.until}`
          : `${now.basis}, with no end date`,
        currentTag: now.tag,
        warnings: legalAuthorityWarnings(p),
        welfare: p.stream === 'welfare',
        bases: LEGAL_BASES_BY_STREAM[p.stream].map((b) => ({
          value: b,
          text: labelOf(LEGAL_BASIS_LABELS, b),
          checked: b === picked,
        })),
        from: dateBoxes(values, 'from', londonDay(c.now)),
        until: dateBoxes(values, 'until'),
        courtHearingAt: dateBoxes(values, 'courtHearingAt'),
        idempotencyKey: formKey('order'),
      });
    },
  },
  {
    method: 'POST',
    path: '/placements/:id/legal-authority',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const here = `/placements/${c.params.id}`;
      const form = `${here}/legal-authority`;
      const typed = Object.fromEntries(DATES.map((d) => [d, typedDate(c.form, d)]));
      const basis = c.form.get('basis');
      const kept = { basis, ...Object.assign({}, ...DATES.map((d) => typed[d]?.boxes)) };
      if (!basis) return backWithErrors(c, form, fieldError('basis', 'Select the kind of order'), kept);
      if (!typed.from?.iso)
        return backWithErrors(
          c,
          form,
          fieldError('from', 'Enter the date the order starts', '#from-day'),
          kept,
        );
      for (const d of DATES) {
        const problem = dateProblem(typed[d]?.iso, ORDER_FIELDS[d]?.label ?? d);
        if (problem) return backWithErrors(c, form, fieldError(d, problem, `#${d}-day`), kept);
      }
      const until = typed.until?.iso;
      const hearing = typed.courtHearingAt?.iso;
      const sent = {
        basis,
        from: londonMidnight(typed.from.iso).toISOString(),
        until: until ? endOfLondonDay(until).toISOString() : null,
        ...(hearing ? { courtHearingAt: londonMidnight(hearing).toISOString() } : {}),
      };
      const recorded = await recordLegalAuthority(
        c.client,
        c.params.id ?? '',
        formBody<Schemas['LegalAuthorityBody']>(sent),
        c.form.get('idempotencyKey'),
      );
      if (!recorded.ok)
        return backWithErrors(
          c,
          form,
          toDayBoxes(errorsFromProblem(recorded.problem, ORDER_FIELDS, sent)),
          kept,
        );
      return withNotice(c, here, 'Order recorded', 'The placement’s legal authority now follows this order.');
    },
  },
];
