import { holdRoutes } from '../shared/http/handlers/holds.js';
import { referralRoutes } from '../shared/http/handlers/referrals.js';
import { lambdaFor } from './lambda.js';

/** The routes this Lambda serves: exactly its groups' in the route table (tests/unit/lambda-entries.test.ts). */
export const routes = [...holdRoutes, ...referralRoutes];
export const handler = lambdaFor('holds', routes);
