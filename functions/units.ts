import { unitRoutes } from '../shared/http/handlers/units.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(unitRoutes);
