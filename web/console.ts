import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Router } from '../shared/http/router.js';
import type { Deps } from '../shared/http/types.js';
import { fromNode, toNode } from './app/http.js';
import { type ConsoleOptions, createWebApp } from './app/index.js';

export { csp } from './app/security.js';

/** The web console's request handler for the local Node server: answers true when it served the request. */
type ConsoleHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** The console (./app/index.ts) behind the local server; functions/console.ts puts it behind API Gateway. */
export function createConsole(deps: Deps, router: Router, options: ConsoleOptions = {}): ConsoleHandler {
  const app = createWebApp(deps, router, options);
  return async (req, res) => {
    toNode(res, await app(fromNode(req)), req.method === 'HEAD');
    return true;
  };
}
