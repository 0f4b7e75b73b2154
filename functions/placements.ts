import { placementRoutes } from '../shared/http/handlers/placements.js';
import { lambdaFor } from './lambda.js';

/** The routes this Lambda serves: exactly its groups' in the route table (tests/unit/lambda-entries.test.ts). */
export const routes = placementRoutes;
export const handler = lambdaFor('placements', routes);
