import type { Recorder } from '../store/idempotency.js';
import type { Actor } from '../store/records.js';
import type { Ctx, Once, Reply } from './types.js';

/** The actor recorded in audit events: role, org and the token's subject id, never a person's details. */
export function actorOf(ctx: Ctx<unknown, unknown, unknown>): Actor {
  return { role: ctx.principal.role, org: ctx.principal.org, sub: ctx.principal.sub };
}

/** A list response in the SPEC's shape. */
export function page<T, U>(p: { items: T[]; nextCursor?: string }, map: (t: T) => U) {
  return { items: p.items.map(map), ...(p.nextCursor ? { nextCursor: p.nextCursor } : {}) };
}

/**
 * For a store write: the keyed call's record of the answer `replyOf` gives for what the write
 * makes, to commit in the write's own transaction (decision 0012). Undefined without a key.
 */
export function recorder<T>(ctx: { once?: Once }, replyOf: (made: T) => Reply): Recorder<T> {
  const once = ctx.once;
  return once && ((made: T) => once.record(replyOf(made)));
}

/**
 * The record a keyed command acts on, read beside any earlier answer to its Idempotency-Key (a
 * repeat ends the call there, before any rule is asked).
 */
export async function besideOnce<T>(ctx: { once?: Once }, read: Promise<T>): Promise<T> {
  const [item] = await Promise.all([read, ctx.once?.ready]);
  return item;
}

/**
 * What every audited store write takes from the call, in the store's order: who (the audit's
 * actor), when, and the key's record of the answer `replyOf` gives for what the write makes.
 */
export function by<T>(
  ctx: Ctx<unknown, unknown, unknown>,
  replyOf: (made: T) => Reply,
): [actor: Actor, now: Date, record: Recorder<T>] {
  return [actorOf(ctx), ctx.now, recorder(ctx, replyOf)];
}
