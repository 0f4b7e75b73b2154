import { commissioningRoutes } from '../shared/http/handlers/commissioning.js';
import { lambdaFor } from './lambda.js';

/** The routes this Lambda serves: exactly its groups' in the route table (tests/unit/lambda-entries.test.ts). */
export const routes = commissioningRoutes;
export const handler = lambdaFor('commissioning', routes);
