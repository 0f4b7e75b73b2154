import { placementRoutes } from '../shared/http/handlers/placements.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(placementRoutes);
