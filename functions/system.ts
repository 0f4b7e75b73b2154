import { contactRoutes } from '../shared/http/handlers/contacts.js';
import { systemRoutes } from '../shared/http/handlers/system.js';
import { lambdaFor } from './lambda.js';

/**
 * /health, /v1/audit and the coordinators' /v1/contacts. POST /local/token lives in
 * handlers/local.ts, which no Lambda imports.
 */
export const handler = lambdaFor([...systemRoutes, ...contactRoutes]);
