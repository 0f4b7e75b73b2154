import type { Problem } from '../shared/contract/schemas.js';
import type { ErrorItem, FormErrors } from './session.js';

/** How one API body field appears on a form, and what to say when the API refuses it. */
export interface FieldSpec {
  /** The id of the input the error summary links to (and the form field name for inline errors). */
  id: string;
  /** The field as users know it, starting a sentence: "Case reference". */
  label: string;
  /** Said when nothing was given (GOV.UK: "Enter…", "Select…"). */
  missing: string;
  /** Said when something was given but refused; otherwise "<label> <the API's message>". */
  invalid?: string;
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Maps a problem+json answer to the GOV.UK error summary and inline messages. Validation errors
 * name body fields (`body.childRef`); each becomes a message against its input, using the form's
 * words where it has them and the API's otherwise, so nothing the API refuses goes unexplained.
 */
export function errorsFromProblem(
  problem: Problem,
  specs: Record<string, FieldSpec>,
  sent: Record<string, unknown> = {},
): FormErrors {
  const errors: FormErrors = { summary: [], fields: {} };
  if (problem.code !== 'validation_failed' || !problem.errors?.length) {
    errors.summary.push({ text: problem.detail || problem.title });
    return errors;
  }
  for (const e of problem.errors) {
    const name = e.field.replace(/^body\.?/, '').split('.')[0] ?? '';
    const spec = specs[name];
    if (!spec) {
      errors.summary.push({ text: sentence(`${name || 'The form'} ${e.message}`) });
      continue;
    }
    if (errors.fields[spec.id]) continue; // one message per field, the first is the one to fix
    const text = isEmpty(sent[name])
      ? spec.missing
      : (spec.invalid ?? `${spec.label} ${lowerFirst(e.message)}`);
    errors.fields[spec.id] = text;
    errors.summary.push({ text, href: `#${spec.id}` });
  }
  return errors;
}

/** One error for one field, for checks the console makes before anything is sent. */
export function fieldError(id: string, text: string, href = `#${id}`): FormErrors {
  return { summary: [{ text, href }], fields: { [id]: text } };
}

export function summaryOnly(...items: ErrorItem[]): FormErrors {
  return { summary: items, fields: {} };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function sentence(s: string): string {
  const t = s.trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
