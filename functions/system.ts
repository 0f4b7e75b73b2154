import { contactRoutes } from '../shared/http/handlers/contacts.js';
import { systemRoutes } from '../shared/http/handlers/system.js';
import { lambdaFor } from './lambda.js';

/**
 * /health, /v1/audit and the coordinators' /v1/contacts. POST /local/token lives in
 * handlers/local.ts, which no Lambda imports. Exactly its groups' routes in the route table
 * (tests/unit/lambda-entries.test.ts).
 */
export const routes = [...systemRoutes, ...contactRoutes];
export const handler = lambdaFor('system', routes);
