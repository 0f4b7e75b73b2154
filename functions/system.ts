import { systemRoutes } from '../shared/http/handlers/system.js';
import { lambdaFor } from './lambda.js';

/** /health and /v1/audit. POST /local/token is local-only and filtered out in lambdaFor. */
export const handler = lambdaFor(systemRoutes);
