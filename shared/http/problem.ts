import { ZodError } from 'zod';
import type { Problem } from '../contract/schemas.js';
import {
  DomainError,
  type FieldError,
  Forbidden,
  HoldExists,
  IdempotencyInProgress,
  IdempotencyKeyReused,
  InvalidTransition,
  MethodNotAllowed,
  NoBedAvailable,
  NotFound,
  PayloadTooLarge,
  PreconditionRequired,
  RateLimited,
  RetryLater,
  Unauthenticated,
  Unavailable,
  UnsupportedMediaType,
  ValidationFailed,
  VersionMismatch,
} from '../domain/errors.js';

const STATUS: ReadonlyArray<[new (...args: never[]) => DomainError, number, string]> = [
  [ValidationFailed, 400, 'Your request is not valid'],
  [Unauthenticated, 401, 'You are not signed in'],
  [Forbidden, 403, 'You cannot do this'],
  [NotFound, 404, 'Not found'],
  [MethodNotAllowed, 405, 'Method not allowed'],
  [NoBedAvailable, 409, 'No bed available'],
  [InvalidTransition, 409, 'Not allowed in this state'],
  [HoldExists, 409, 'The request already has an active hold'],
  [PreconditionRequired, 428, 'A precondition header is required'],
  [VersionMismatch, 412, 'The record has changed'],
  [PayloadTooLarge, 413, 'Request too large'],
  [UnsupportedMediaType, 415, 'Unsupported media type'],
  [IdempotencyKeyReused, 422, 'Idempotency-Key reused with a different request'],
  [IdempotencyInProgress, 409, 'A request with this Idempotency-Key is still running'],
  [RateLimited, 429, 'Too many requests'],
  [Unavailable, 503, 'Service unavailable'],
];

/** The problem table as data (code, status, title), for the OpenAPI document. */
export const PROBLEMS: ReadonlyArray<{ code: string; status: number; title: string }> = STATUS.map(
  ([type, status, title]) => ({ code: (Reflect.construct(type, [[]]) as DomainError).code, status, title }),
);

/** Turns zod issues into the `errors` list of a problem (field as a dotted path). */
export function fieldErrors(error: ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = [prefix, path].filter(Boolean).join('.') || prefix || '(root)';
    if (issue.code === 'unrecognized_keys') {
      return {
        field: [field === '(root)' ? '' : field, issue.keys.join(',')].filter(Boolean).join('.'),
        message: 'is not a known field',
      };
    }
    return { field, message: issue.message };
  });
}

/** Headers a problem carries besides its body: `Retry-After` on every "try again later" answer. */
export function problemHeaders(error: unknown): Record<string, string> {
  if (error instanceof MethodNotAllowed) return { allow: error.allow.join(', ') };
  if (error instanceof RetryLater)
    return { 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterSeconds))) };
  return {};
}

/** Maps any thrown value to RFC 9457 problem details. Unknown errors become an opaque 500. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ZodError) return toProblem(new ValidationFailed(fieldErrors(error)));
  if (error instanceof DomainError) {
    const entry = STATUS.find(([type]) => error instanceof type);
    const status = entry?.[1] ?? 500;
    const problem: Problem = {
      type: `https://secure-beds.example/problems/${error.code.replaceAll('_', '-')}`,
      title: entry?.[2] ?? 'Error',
      status,
      detail: error.message,
      code: error.code,
    };
    if (error instanceof ValidationFailed) problem.errors = error.errors;
    // A 409 that names the fields it is about (a referral round's units) carries them the same way.
    if ((error instanceof NoBedAvailable || error instanceof InvalidTransition) && error.errors?.length)
      problem.errors = error.errors;
    return problem;
  }
  return {
    type: 'https://secure-beds.example/problems/internal',
    title: 'Something went wrong',
    status: 500,
    detail: 'An unexpected error occurred. It is logged under this response’s X-Request-Id.',
    code: 'internal',
  };
}
