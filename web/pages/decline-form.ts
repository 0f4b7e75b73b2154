import type { Problem } from '../../shared/contract/schemas.js';
import { errorsFromProblem, type FieldSpec, summaryOnly } from '../form-errors.js';
import { declineReasonItems } from '../format.js';
import { backWithErrors, type PageContext } from '../page.js';

/**
 * The decline form a home answers a hold or a referral with: one body (`DeclineBody`), so one
 * form, one set of messages and one way back when the API refuses it.
 */
const DECLINE_FIELDS: Record<string, FieldSpec> = {
  reason: {
    id: 'reason',
    label: 'Reason',
    missing: 'Select why you are declining',
    invalid: 'Select a reason from the list',
  },
  note: {
    id: 'note',
    label: 'Note',
    missing: 'Enter a note',
    invalid: 'Note must be 500 characters or fewer, with no hidden characters',
  },
};

/** What the form sent, a blank field as absent (so the API names it missing rather than invalid). */
export function declineTyped(c: PageContext): { reason?: string; note?: string } {
  return { reason: c.form.get('reason') || undefined, note: c.form.get('note') || undefined };
}

/** The form's reasons and note for the page, with what was typed before a refusal kept. */
export function declineFormView(c: PageContext) {
  const typed = c.flash.values ?? {};
  const reason = typeof typed.reason === 'string' ? typed.reason : '';
  return { reasons: declineReasonItems(reason), note: typeof typed.note === 'string' ? typed.note : '' };
}

/**
 * Back to the page with the refusal: a field the API names beside its input, anything else as
 * `text` at the top; what was typed is kept.
 */
export function declineRefused(
  c: PageContext,
  back: string,
  problem: Problem,
  typed: { reason?: string; note?: string },
  text: string,
) {
  const errors =
    problem.code === 'validation_failed'
      ? errorsFromProblem(problem, DECLINE_FIELDS, typed)
      : summaryOnly({ text });
  return backWithErrors(c, back, errors, { reason: typed.reason ?? '', note: typed.note ?? '' });
}
