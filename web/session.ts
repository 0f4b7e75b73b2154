import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Role } from '../shared/contract/enums.js';

/** Who is signed in, and the API token the console sends on their behalf (never shown to the browser). */
export interface SignedInUser {
  role: Role;
  org: string;
  orgName: string;
  token: string;
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

export interface Session {
  id: string;
  /** Checked on every POST (with SameSite=Strict on the cookie as the second line). */
  csrf: string;
  expiresAt: number;
  user?: SignedInUser;
  flash?: Flash;
  drafts: Map<string, Draft>;
}

export const SESSION_COOKIE = 'sb_console';
const SESSION_MS = 8 * 3600_000;
const MAX_SESSIONS = 10_000;
const MAX_DRAFTS = 10;

const token = () => randomBytes(32).toString('base64url');

/**
 * Console sessions, kept in this process. Locally that is the whole story; deployed, sessions
 * would live in the table (or ElastiCache) behind this same interface, with Cognito's tokens in them.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly clock: () => Date) {}

  /** The session a request's cookie names, if it is still valid. */
  fromRequest(req: IncomingMessage): Session | undefined {
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= this.clock().getTime()) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  /** A new session. Signing in always makes a new one, so an id planted before sign-in is worthless. */
  create(user?: SignedInUser): Session {
    this.prune();
    const session: Session = {
      id: token(),
      csrf: token(),
      expiresAt: this.clock().getTime() + SESSION_MS,
      user,
      drafts: new Map(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  destroy(session: Session): void {
    this.sessions.delete(session.id);
  }

  private prune(): void {
    const now = this.clock().getTime();
    for (const [id, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(id);
    // Anonymous visitors make sessions too (the sign-in form needs a CSRF token): cap them, oldest first.
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
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

export function csrfMatches(session: Session, sent: string | undefined): boolean {
  if (!sent) return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || undefined;
  }
  return undefined;
}

/** HttpOnly, SameSite=Strict, and Secure whenever the console is reached over HTTPS. */
export function sessionCookie(session: Session | undefined, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  if (!session) return [`${SESSION_COOKIE}=`, 'Max-Age=0', ...attributes].join('; ');
  return [`${SESSION_COOKIE}=${session.id}`, ...attributes].join('; ');
}
