import { Form } from '../page.js';
import type { Session } from '../session.js';
import type { WebRequest, WebResponse } from './http.js';

/** One request on its way through the console's steps, collecting what each step learns. */
export class Exchange {
  /** Set-Cookie values any step adds; the response carries them all. */
  readonly cookies: string[] = [];
  /** Set by the session step: the signed-in session, or the anonymous stand-in. */
  session!: Session;
  /** The request named a session that has ended (timed out, or signed out elsewhere). */
  sessionEnded = false;
  /** Set by the CSRF step on a POST that passed it. */
  form = new Form();

  constructor(readonly req: WebRequest) {}

  respond(status: number, headers: Record<string, string>, body: string | Buffer = ''): WebResponse {
    return { status, headers, cookies: this.cookies, body };
  }

  redirect(location: string): WebResponse {
    return this.respond(303, { location, 'cache-control': 'no-store' });
  }
}

/** A step does its part, then asks the next one (or answers by itself). */
export type Step = (x: Exchange, next: () => Promise<WebResponse>) => Promise<WebResponse>;

/** Runs the steps in order around the last one, as hmpps-template-typescript's app.ts does with middleware. */
export function compose(
  steps: readonly Step[],
  last: (x: Exchange) => Promise<WebResponse>,
): (req: WebRequest) => Promise<WebResponse> {
  return (req) => {
    const x = new Exchange(req);
    const run = (i: number): Promise<WebResponse> => {
      const step = steps[i];
      return step ? step(x, () => run(i + 1)) : last(x);
    };
    return run(0);
  };
}
