import { registerRoutes } from '../shared/http/handlers/register.js';
import { unitRoutes } from '../shared/http/handlers/units.js';
import { powertoolsIdempotency } from '../shared/http/powertools-idempotency.js';
import { lambdaFor } from './lambda.js';

/** The `units` group: units, beds, pool rules, and the register's corrections (PATCH a unit). */
export const handler = lambdaFor([...unitRoutes, ...registerRoutes], { idempotency: powertoolsIdempotency });
