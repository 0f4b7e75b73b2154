import { londonDate } from '../../shared/domain/london-time.js';
import { type Client, requestBody } from './app.js';
import { newHold, newOffer, newPlacement, newReferrals, newRequest } from './journey.js';
import { newUnitBody } from './new-unit.js';

/** One idempotent route's call: where, and (for routes with a body) two different valid bodies. */
export interface IdempotencySample {
  path: string;
  bodies?: [unknown, unknown];
}

/**
 * How to call each idempotent route as a coordinator: where, and (for routes with a body) two
 * different valid bodies. A new idempotent route needs an entry here; its test says so.
 */
export const IDEMPOTENCY_SAMPLES: Record<string, (coordinator: Client) => Promise<IdempotencySample>> = {
  'POST /v1/requests': async (_coordinator) => ({
    path: '/v1/requests',
    bodies: [requestBody(), requestBody({ needs: ['absconding'] })],
  }),
  'POST /v1/holds': async (coordinator) => {
    const requestId = await newRequest(coordinator);
    return {
      path: '/v1/holds',
      bodies: [
        { requestId, unitId: 'fx-leeds' },
        { requestId, unitId: 'fx-exeter' },
      ],
    };
  },
  'POST /v1/holds/{id}/accept': async (coordinator) => ({
    path: `/v1/holds/${await newHold(coordinator, 'fx-leeds')}/accept`,
    bodies: [{}, { legalAuthorityEndsOn: '2027-01-31' }],
  }),
  'POST /v1/holds/{id}/decline': async (coordinator) => ({
    path: `/v1/holds/${await newHold(coordinator, 'fx-leeds')}/decline`,
    bodies: [{ reason: 'staffing' }, { reason: 'distance' }],
  }),
  'POST /v1/placements/{id}/step-down-ready': async (coordinator) => ({
    path: `/v1/placements/${await newPlacement(coordinator, coordinator, 'fx-leeds')}/step-down-ready`,
    bodies: [
      { readyFrom: londonDate(new Date()), plannedDestination: 'foster_care' },
      { readyFrom: londonDate(new Date()), plannedDestination: 'home' },
    ],
  }),
  'POST /v1/placements/{id}/legal-authority': async (coordinator) => ({
    path: `/v1/placements/${await newPlacement(coordinator, coordinator, 'fx-leeds')}/legal-authority`,
    bodies: [
      {
        basis: 's25_order',
        from: new Date().toISOString(),
        until: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      {
        basis: 's25_order',
        from: new Date().toISOString(),
        until: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      },
    ],
  }),
  'POST /v1/placements/{id}/discharge': async (coordinator) => ({
    path: `/v1/placements/${await newPlacement(coordinator, coordinator, 'fx-leeds')}/discharge`,
    bodies: [{ destination: 'home' }, { destination: 'kinship_care' }],
  }),
  'POST /v1/requests/{id}/withdraw': async (coordinator) => ({
    path: `/v1/requests/${await newRequest(coordinator)}/withdraw`,
    bodies: [{ outcome: 'no_longer_needed' }, { outcome: 'tier4_ward' }],
  }),
  'POST /v1/requests/{id}/refresh': async (coordinator) => ({
    path: `/v1/requests/${await newRequest(coordinator)}/refresh`,
    bodies: [{}, { reviewed: true }],
  }),
  'POST /v1/referrals': async (coordinator) => {
    const requestId = await newRequest(coordinator);
    return {
      path: '/v1/referrals',
      bodies: [
        { requestId, unitIds: ['fx-leeds'] },
        { requestId, unitIds: ['fx-leeds', 'fx-exeter'] },
      ],
    };
  },
  'POST /v1/referrals/{id}/offer': async (coordinator) => ({
    path: `/v1/referrals/${(await newReferrals(coordinator, ['fx-leeds'])).referralIds[0]}/offer`,
  }),
  'POST /v1/referrals/{id}/decline': async (coordinator) => ({
    path: `/v1/referrals/${(await newReferrals(coordinator, ['fx-leeds'])).referralIds[0]}/decline`,
    bodies: [{ reason: 'staffing' }, { reason: 'distance' }],
  }),
  'POST /v1/referrals/{id}/accept': async (coordinator) => ({
    path: `/v1/referrals/${await newOffer(coordinator, coordinator, 'fx-leeds')}/accept`,
    bodies: [{}, { legalAuthorityEndsOn: '2027-01-31' }],
  }),
  'POST /v1/units/{unitId}/confirm': async (_coordinator) => ({ path: '/v1/units/fx-leeds/confirm' }),
  'POST /v1/units': async (_coordinator) => {
    const id = `fx-new-${crypto.randomUUID().slice(0, 8)}`;
    const unit = newUnitBody({
      id,
      name: 'Matrix new unit (illustrative)',
      providerId: 'mx-provider-new',
      providerName: 'Matrix provider new',
    });
    return {
      path: '/v1/units',
      bodies: [unit, { ...unit, name: 'Matrix new unit, renamed (illustrative)' }],
    };
  },
  'POST /v1/units/{unitId}/external-placements': async (coordinator) => {
    const beds = await coordinator.get('/v1/units/fx-exeter/beds');
    const bed = beds.body.items.find(
      (b: { state: string; eligibleStreams: string[]; contractedTo: string | null }) =>
        b.state === 'available' && b.eligibleStreams.includes('welfare') && b.contractedTo !== 'MoJ',
    );
    return {
      path: '/v1/units/fx-exeter/external-placements',
      bodies: [
        { bedId: bed.id, stream: 'welfare', since: '2026-01-01' },
        { bedId: bed.id, stream: 'welfare', since: '2026-01-02' },
      ],
    };
  },
};
