import { UnitPatchBody } from '../../contract/register.js';
import { Unit, UnitPath } from '../../contract/schemas.js';
import { mayManageUnit } from '../../domain/access.js';
import { Forbidden, NotFound } from '../../domain/errors.js';
import { toUnit, versionFromEtag } from '../../store/units.js';
import { actorOf } from '../respond.js';
import { route } from '../types.js';

/** What a provider may change of its own units: who to phone. Everything else is the coordinators'. */
const PROVIDER_FIELDS = new Set(['dutyContact']);

export const registerRoutes = [
  route({
    method: 'PATCH',
    path: '/v1/units/{unitId}',
    group: 'units',
    policy: ['provider', 'coordinator'],
    summary:
      "Correct a unit's facts, status, provenance or duty contact (If-Match: the unit's ETag); a provider may change only its own units' dutyContact",
    params: UnitPath,
    body: UnitPatchBody,
    response: Unit,
    ifMatch: true,
    handler: async (ctx) => {
      const { store } = ctx.deps;
      const unit = await store.units.getUnit(ctx.params.unitId);
      if (!unit || !mayManageUnit(ctx.principal, unit)) throw new NotFound('No such unit');
      if (ctx.principal.role === 'provider') {
        const others = Object.keys(ctx.body).filter((f) => !PROVIDER_FIELDS.has(f));
        if (others.length)
          throw new Forbidden(
            `A provider may change only dutyContact; ask a coordinator to change ${others.join(', ')}`,
          );
      }
      const version = versionFromEtag(ctx.headers['if-match']);
      const next = await store.register.patchUnit(unit, ctx.body, version, actorOf(ctx), ctx.now);
      const [counter, { rules }] = await Promise.all([
        store.units.getCounter(next.id),
        store.poolRules.get(),
      ]);
      const out = toUnit(next, counter, rules, ctx.now);
      return { status: 200, body: out, headers: { etag: out.etag } };
    },
  }),
];
