import { registerRoutes } from '../shared/http/handlers/register.js';
import { unitRoutes } from '../shared/http/handlers/units.js';
import { lambdaFor } from './lambda.js';

/**
 * The `units` group: units, beds, pool rules, and the register's corrections (PATCH a unit).
 * Exactly its groups' routes in the route table (tests/unit/lambda-entries.test.ts).
 */
export const routes = [...unitRoutes, ...registerRoutes];
export const handler = lambdaFor('units', routes);
