import { systemRoutes } from '../shared/http/handlers/system.js';
import { lambdaFor } from './lambda.js';

/** /health and /v1/audit. POST /local/token lives in handlers/local.ts, which no Lambda imports. */
export const handler = lambdaFor(systemRoutes);
