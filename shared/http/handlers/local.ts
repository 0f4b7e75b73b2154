import { Token, TokenBody } from '../../contract/schemas.js';
import { NotFound, ValidationFailed } from '../../domain/errors.js';
import { orgFitsRole } from '../auth.js';
import { route } from '../types.js';

/**
 * Routes that exist only in the local server. They live in a file of their own that no Lambda
 * entry imports, so their code never reaches a deployed bundle (tests/infra/bundles.test.ts
 * builds every bundle and looks), on top of `localOnly`, which keeps them out of the API.
 */
export const localRoutes = [
  route({
    method: 'POST',
    path: '/local/token',
    group: 'local',
    policy: 'public',
    localOnly: true,
    summary: 'Local only: mint a token for a role and org, signed with a key made at start',
    body: TokenBody,
    response: Token,
    handler: async (ctx) => {
      if (!ctx.deps.localTokens) throw new NotFound('Nothing here');
      if (!orgFitsRole(ctx.body.role, ctx.body.org)) {
        throw new ValidationFailed([
          { field: 'body.org', message: `is not an org a ${ctx.body.role} can have` },
        ]);
      }
      return { status: 200, body: { token: await ctx.deps.localTokens.mint(ctx.body) } };
    },
  }),
];
