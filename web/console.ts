import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Router } from '../shared/http/router.js';
import type { Deps } from '../shared/http/types.js';

/** The web console's request handler: answers true when it served the request. */
export type ConsoleHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Placeholder until the console lands: serves nothing, so the API answers. */
export function createConsole(_deps: Deps, _router: Router): ConsoleHandler {
  return async () => false;
}
