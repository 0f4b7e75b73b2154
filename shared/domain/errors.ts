/**
 * One small error class per way an action can fail, in the words of the domain.
 * shared/http/problem.ts maps each to its status and stable `code`, once.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  override readonly name: string = this.constructor.name;
}

export interface FieldError {
  field: string;
  message: string;
}

export class ValidationFailed extends DomainError {
  readonly code = 'validation_failed';
  constructor(
    readonly errors: FieldError[],
    message = 'The request is not valid',
  ) {
    super(message);
  }
}
export class Unauthenticated extends DomainError {
  readonly code = 'unauthenticated';
}
export class Forbidden extends DomainError {
  readonly code = 'forbidden';
}
export class NotFound extends DomainError {
  readonly code = 'not_found';
}
export class MethodNotAllowed extends DomainError {
  readonly code = 'method_not_allowed';
  constructor(
    readonly allow: string[],
    message = 'This method is not allowed here',
  ) {
    super(message);
  }
}
/**
 * A 409 may name what it is about, field by field, as a 400 does: a referral round that names
 * five units says which of them refused, so the client can drop those and send the rest.
 */
export class NoBedAvailable extends DomainError {
  readonly code = 'no_bed_available';
  constructor(
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}
export class InvalidTransition extends DomainError {
  readonly code = 'invalid_transition';
  constructor(
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}
export class HoldExists extends DomainError {
  readonly code = 'hold_exists';
}
export class PayloadTooLarge extends DomainError {
  readonly code = 'payload_too_large';
}
export class UnsupportedMediaType extends DomainError {
  readonly code = 'unsupported_media_type';
}
export class VersionMismatch extends DomainError {
  readonly code = 'version_mismatch';
}
export class PreconditionRequired extends DomainError {
  readonly code = 'precondition_required';
}
export class IdempotencyKeyReused extends DomainError {
  readonly code = 'idempotency_key_reused';
}
/** Errors a client should retry after a pause: the problem carries `Retry-After` (seconds). */
export abstract class RetryLater extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds = 1,
  ) {
    super(message);
  }
}
export class RateLimited extends RetryLater {
  readonly code = 'rate_limited';
}
/** A retry with the same Idempotency-Key arrived while the first call is still running. */
export class IdempotencyInProgress extends RetryLater {
  readonly code = 'idempotency_in_progress';
}
/** The store failed (throttled, timed out, conflicted past our retries): retry with the same key is safe. */
export class Unavailable extends RetryLater {
  readonly code = 'unavailable';
}

/** Every stable problem code (SPEC, Errors): routes name the ones their handler can answer. */
export type ProblemCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'no_bed_available'
  | 'invalid_transition'
  | 'hold_exists'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'version_mismatch'
  | 'precondition_required'
  | 'idempotency_key_reused'
  | 'idempotency_in_progress'
  | 'rate_limited'
  | 'unavailable'
  | (string & {});
