import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../shared/contract/enums.js';
import { ConditionFailed, type Db } from '../shared/store/db.js';
import { key, TTL_ATTRIBUTE } from '../shared/store/keys.js';

/** Who is signed in, and the API token the console sends on their behalf (never shown to the browser). */
export interface SignedInUser {
  role: Role;
  org: string;
  orgName: string;
  /** An OpenID sign-in's ID token, which the API verifies (a local sign-in is given a fresh token per request). */
  token?: string;
  /** How they signed in: only an OpenID sign-in has a provider session to end on sign-out. */
  via?: 'local' | 'oidc';
}

/** What one page leaves for the next after a redirect (post, redirect, get). */
export interface Flash {
  /** A success banner. */
  notice?: { heading: string; body?: string };
  /** Field errors and the error summary for a form, with what the user typed. */
  errors?: FormErrors;
  values?: Record<string, string | string[]>;
}

export interface ErrorItem {
  text: string;
  href?: string;
}

export interface FormErrors {
  summary: ErrorItem[];
  /** Inline messages by form field name. */
  fields: Record<string, string>;
}

/** A new request being answered one question at a time, before it is sent. */
export interface Draft {
  id: string;
  /** Sent as Idempotency-Key, so a double submit of the check page can't create two requests. */
  idempotencyKey: string;
  answers: Record<string, string | string[]>;
  submittedRequestId?: string;
}

/**
 * A signed-in person's session. Only signing in makes one: anonymous visitors get an unsaved
 * stand-in (id '') whose CSRF token is the signed double-submit one (./app/csrf.ts).
 */
export interface Session {
  /** The cookie's value; '' for the anonymous stand-in, which is never stored. */
  id: string;
  /** Checked on every POST, with the Origin check and SameSite=Lax as the other lines. */
  csrf: string;
  /** Epoch ms: the absolute timeout counts from here. */
  createdAt: number;
  /** Epoch ms: the idle timeout counts from here. */
  lastSeenAt: number;
  user?: SignedInUser;
  flash?: Flash;
  drafts: Map<string, Draft>;
  /**
   * The newest notification this person has seen in the inbox (its `createdAt`): the console's
   * own read state, since SPEC's notifications carry none. Unset until the inbox is first opened.
   */
  inboxSeenAt?: string;
}

export interface SessionLimits {
  /** Signed out after this long without a request. */
  idleMs: number;
  /** Signed out this long after signing in, however busy. */
  absoluteMs: number;
}

/** A duty worker may leave a case open for a while at night; a whole shift is the most one sign-in lasts. */
export const DEFAULT_LIMITS: SessionLimits = { idleMs: 60 * 60_000, absoluteMs: 12 * 3600_000 };

/** __Host-: Secure, Path=/ and no Domain, so no other site or subdomain can set or read it. */
export const SESSION_COOKIE = '__Host-sb_session';
const MAX_DRAFTS = 10;
/** An idle session's clock is written back at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export const randomToken = () => randomBytes(32).toString('base64url');
const hashOf = (id: string) => createHash('sha256').update(id).digest('base64url');

interface SessionItem {
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
  user?: SignedInUser;
  flash?: Flash;
  drafts?: Draft[];
  inboxSeenAt?: string;
}

const toItem = (s: Session): SessionItem => ({
  csrf: s.csrf,
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt,
  user: s.user,
  flash: s.flash,
  drafts: [...s.drafts.values()],
  inboxSeenAt: s.inboxSeenAt,
});

/**
 * Sessions in the service's table, so any instance serves any user and a restart signs nobody
 * out. The item is keyed by a hash of the cookie's value (reading the table does not hand out
 * sessions) and carries the TTL attribute, so DynamoDB removes what nobody signed out of; a
 * session past either timeout is refused on read whether or not the TTL has run yet. Nothing
 * caps how many exist: only signing in creates one, so no visitor can push anyone else's out.
 */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    readonly limits: SessionLimits = DEFAULT_LIMITS,
  ) {}

  /** The anonymous stand-in: never stored, its token the request's double-submit one. */
  anonymous(csrf: string): Session {
    const now = this.clock().getTime();
    return { id: '', csrf, createdAt: now, lastSeenAt: now, drafts: new Map() };
  }

  /** The live session a cookie names, or undefined (unknown, signed out, idle too long or too old). */
  async load(id: string | undefined): Promise<Session | undefined> {
    if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
    const { Item } = await this.db.get({ Key: key.consoleSession(hashOf(id)), ConsistentRead: true });
    if (!Item) return undefined;
    const item = Item as unknown as SessionItem;
    if (this.expired(item)) return undefined;
    return {
      id,
      csrf: item.csrf,
      createdAt: item.createdAt,
      lastSeenAt: item.lastSeenAt,
      user: item.user,
      flash: item.flash,
      drafts: new Map((item.drafts ?? []).map((d) => [d.id, d])),
      inboxSeenAt: item.inboxSeenAt,
    };
  }

  /** A new signed-in session. Signing in always makes a new id, so one planted or seen before is worthless. */
  async create(user: SignedInUser): Promise<Session> {
    const now = this.clock().getTime();
    const session: Session = {
      id: randomToken(),
      csrf: randomToken(),
      createdAt: now,
      lastSeenAt: now,
      user,
      drafts: new Map(),
    };
    await this.db.put({
      Item: this.item(session),
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    return session;
  }

  /**
   * Writes a session back when a page changed it (a flash, a draft) or its idle clock is due.
   * Only an existing item is overwritten: a request that finishes after sign-out in another tab
   * must not bring the session back.
   */
  async save(session: Session, before: string): Promise<void> {
    if (!session.id) return;
    const now = this.clock().getTime();
    const changed = JSON.stringify(toItem(session)) !== before;
    if (!changed && now - session.lastSeenAt < TOUCH_EVERY_MS) return;
    session.lastSeenAt = now;
    try {
      await this.db.put({ Item: this.item(session), ConditionExpression: 'attribute_exists(pk)' });
    } catch (error) {
      if (!(error instanceof ConditionFailed)) throw error;
    }
  }

  /** What `save` compares against to tell whether a page changed the session. */
  snapshot(session: Session): string {
    return JSON.stringify(toItem(session));
  }

  async destroy(session: Session): Promise<void> {
    if (!session.id) return;
    // A one-item transaction: the store's only delete, and deleting what is already gone is fine.
    await this.db.transact([{ Delete: { Key: key.consoleSession(hashOf(session.id)) } }]);
  }

  private expired(item: SessionItem): boolean {
    const now = this.clock().getTime();
    return now >= item.lastSeenAt + this.limits.idleMs || now >= item.createdAt + this.limits.absoluteMs;
  }

  private item(session: Session): Record<string, unknown> {
    const ends = Math.min(
      session.lastSeenAt + this.limits.idleMs,
      session.createdAt + this.limits.absoluteMs,
    );
    return {
      ...key.consoleSession(hashOf(session.id)),
      kind: 'console-session',
      ...toItem(session),
      [TTL_ATTRIBUTE]: Math.ceil(ends / 1000),
    };
  }
}

/** Adds a draft to a session, dropping the oldest beyond a handful. */
export function addDraft(session: Session, draft: Draft): void {
  session.drafts.set(draft.id, draft);
  while (session.drafts.size > MAX_DRAFTS) {
    const oldest = session.drafts.keys().next().value;
    if (oldest === undefined) break;
    session.drafts.delete(oldest);
  }
}

/** Takes the flash, so it shows once. */
export function takeFlash(session: Session | undefined): Flash {
  if (!session?.flash) return {};
  const flash = session.flash;
  session.flash = undefined;
  return flash;
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || undefined;
  }
  return undefined;
}

/**
 * A `__Host-` cookie: Secure, HttpOnly, Path=/, no Domain, SameSite=Lax (the provider's redirect
 * back to /auth/callback is a cross-site GET that must carry it). Without a value it is cleared.
 */
export function hostCookie(name: string, value: string | undefined, maxAgeSeconds?: number): string {
  const attributes = ['Path=/', 'Secure', 'HttpOnly', 'SameSite=Lax'];
  if (value === undefined) return [`${name}=`, 'Max-Age=0', ...attributes].join('; ');
  return [`${name}=${value}`, ...(maxAgeSeconds ? [`Max-Age=${maxAgeSeconds}`] : []), ...attributes].join(
    '; ',
  );
}
