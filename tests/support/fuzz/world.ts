import type { App } from '../../../scripts/app.js';
import type { Role } from '../../../shared/contract/enums.js';
import type { Router } from '../../../shared/http/router.js';

/**
 * What the fuzz suite calls against, filled in once by `setUpWorld()` in the suite's beforeAll:
 * the app and its router, records that exist (so a baseline call is one the route accepts), a
 * token per role, tokens that must never pass, and a real cursor of each list. Each test file
 * loads its own copy of this module, so suites never share it.
 */
export const world = {
  app: undefined as unknown as App,
  router: undefined as unknown as Router,
  fx: { openRequest: '', hold: '', placement: '' },
  tokens: {} as Record<Role, string>,
  forgedTokens: [] as string[],
  realCursors: new Map<string, string>(),
};

export const ORG_OF: Record<Role, string> = {
  la: 'E08000025',
  provider: 'fx-provider-a',
  coordinator: 'national',
  commissioner: 'DfE',
};
