import { commissioningRoutes } from './handlers/commissioning.js';
import { contactRoutes } from './handlers/contacts.js';
import { fhirRoutes } from './handlers/fhir.js';
import { holdRoutes } from './handlers/holds.js';
import { localRoutes } from './handlers/local.js';
import { notificationRoutes } from './handlers/notifications.js';
import { placementRoutes } from './handlers/placements.js';
import { referralRoutes } from './handlers/referrals.js';
import { registerRoutes } from './handlers/register.js';
import { requestRoutes } from './handlers/requests.js';
import { systemRoutes } from './handlers/system.js';
import { unitRoutes } from './handlers/units.js';
import type { RouteDef } from './types.js';

/** The one route table: the local server serves all of it, each Lambda its group, CDK deploys all but local-only. */
export const ROUTES: readonly RouteDef[] = [
  ...systemRoutes,
  ...localRoutes,
  ...unitRoutes,
  ...requestRoutes,
  ...holdRoutes,
  ...placementRoutes,
  ...commissioningRoutes,
  ...referralRoutes,
  ...notificationRoutes,
  ...contactRoutes,
  ...registerRoutes,
  ...fhirRoutes,
];

export const DEPLOYED_ROUTES = ROUTES.filter((r) => !r.localOnly);
