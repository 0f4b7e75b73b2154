import type { Role } from '../shared/contract/enums.js';
import type { Router } from '../shared/http/router.js';
import type { Deps } from '../shared/http/types.js';
import type { WebRequest } from './app/http.js';
import type { OidcClient } from './auth/oidc.js';
import type { TypedClient } from './services/client.js';
import type { Flash, FormErrors, Session, SessionStore, SignedInUser } from './session.js';

/** A submitted form (application/x-www-form-urlencoded). */
export class Form {
  constructor(private readonly params: URLSearchParams = new URLSearchParams()) {}
  /** The first value, trimmed; '' when absent. */
  get(name: string): string {
    return (this.params.get(name) ?? '').trim();
  }
  all(name: string): string[] {
    return this.params
      .getAll(name)
      .map((v) => v.trim())
      .filter(Boolean);
  }
}

export interface PageContext {
  req: WebRequest;
  url: URL;
  params: Record<string, string>;
  form: Form;
  session: Session;
  /** Set on every page but the public ones. */
  user: SignedInUser;
  /** The API as the signed-in user, typed from openapi.json (web/services/): every page's reads and changes go through it. */
  client: TypedClient;
  now: Date;
  /** What the previous page left (read it; the layout consumes it). */
  flash: Flash;
  deps: Deps;
  /** Sign-in and sign-out replace `session` with a new one. */
  sessions: SessionStore;
  /** For calling the API as someone other than the user (only local sign-in does, to list providers). */
  router: Router;
  /** Set-Cookie values for the response (sign-in keeps its OpenID state in one). */
  cookies: string[];
  /** Set when people sign in with an OpenID provider (CONSOLE_AUTH=oidc; deployed, Cognito). */
  oidc?: OidcClient;
}

/** What a page handler answers: a page to render, somewhere to go next, or a file to download. */
export type Outcome =
  | { view: string; title: string; model: object; status?: number; errors?: FormErrors }
  | { redirect: string }
  | { download: { body: string; type: string; filename: string } };

export interface PageRoute {
  method: 'GET' | 'POST';
  /** `/requests/:id`-style pattern. */
  path: string;
  roles: readonly Role[] | 'public';
  handle(c: PageContext): Promise<Outcome>;
}

export const page = (
  view: string,
  title: string,
  model: object = {},
  o: { status?: number; errors?: FormErrors } = {},
): Outcome => ({ view, title, model, ...o });

export const redirect = (to: string): Outcome => ({ redirect: to });

/** Leaves a form's errors and what was typed for the page the browser is sent back to. */
export function backWithErrors(
  c: PageContext,
  to: string,
  errors: FormErrors,
  values?: Record<string, string | string[]>,
): Outcome {
  c.session.flash = { ...c.session.flash, errors, values };
  return redirect(to);
}

export function withNotice(c: PageContext, to: string, heading: string, body?: string): Outcome {
  c.session.flash = { ...c.session.flash, notice: { heading, body } };
  return redirect(to);
}
