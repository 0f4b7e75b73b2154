import { describe, expect, it } from 'vitest';
import { InvalidTransition } from '../../shared/domain/errors.js';
import {
  dischargePlacement,
  placementFromHold,
  placementFromOffer,
  recordLegalOrder,
  recordStepDown,
} from '../../shared/domain/placements.js';

const now = new Date('2026-11-25T09:00:00Z');
/** Illustrative: no real child, LA codes and places only. */
const request = {
  id: 'req_1',
  laCode: 'E08000025',
  homeLaCode: 'E08000025',
  homeRegionCode: 'E12000005',
  childRef: 'case-0001',
  stream: 'welfare' as const,
  legalBasis: 's25_order' as const,
  legalAuthorityEndsOn: '2027-01-31',
};
const unit = { id: 'u1', providerId: 'p1', regionCode: 'E12000003', location: { lat: 53.8, lon: -1.55 } };
const birmingham = { lat: 52.48, lon: -1.9 };

describe('starting a placement', () => {
  it('from a hold: its id follows from the hold, in the hold’s bed, distance from home, authority as the request said', () => {
    const hold = {
      id: 'hold_abc',
      unitId: 'u1',
      bedId: 'b3',
      providerId: 'p1',
      laCode: 'E08000025',
      stream: 'welfare' as const,
    };
    const p = placementFromHold(hold, { request, unit, home: birmingham, now });
    expect(p).toMatchObject({
      id: 'pl_abc',
      holdId: 'hold_abc',
      bedId: 'b3',
      requestId: 'req_1',
      status: 'active',
      startedAt: now.toISOString(),
      legalAuthorityEndsOn: '2027-01-31',
    });
    expect(p.distanceKm).toBeGreaterThan(100);
  });
  it('from an offer: its id follows from the referral, the end given at acceptance wins, an unknown home is 0 km', () => {
    const p = placementFromOffer(
      { id: 'ref_xyz' },
      { request, unit, home: undefined, legalAuthorityEndsOn: '2027-02-28', now },
    );
    expect(p).toMatchObject({
      id: 'pl_xyz',
      holdId: null,
      referralId: 'ref_xyz',
      providerId: 'p1',
      distanceKm: 0,
    });
    expect(p.legalAuthorityEndsOn).toBe('2027-02-28');
  });
});

describe('commands on a placement', () => {
  const active = { status: 'active', stream: 'welfare' as const, startedAt: '2026-11-01T10:00:00Z' };
  const discharged = { ...active, status: 'discharged' };
  it('answer field errors first, then refuse a placement that is no longer active', () => {
    expect(recordStepDown(active, { readyFrom: '2026-10-01', plannedDestination: 'home' })).toHaveProperty(
      'errors',
    );
    expect(() => recordStepDown(discharged, { readyFrom: '2026-11-20', plannedDestination: 'home' })).toThrow(
      InvalidTransition,
    );
    expect(dischargePlacement(active, { destination: 'home', on: '2026-12-01' }, now)).toHaveProperty(
      'errors',
    );
    expect(() => dischargePlacement(discharged, { destination: 'home' }, now)).toThrow(InvalidTransition);
    expect(() =>
      recordLegalOrder(
        discharged,
        { basis: 's25_order', from: '2026-11-20T10:00:00Z', until: '2027-01-20T10:00:00Z' },
        now,
      ),
    ).toThrow(InvalidTransition);
  });
  it('decide what to record on an active placement', () => {
    expect(recordStepDown(active, { readyFrom: '2026-11-20', plannedDestination: 'home' })).toEqual({
      stepDown: { readyFrom: '2026-11-20', plannedDestination: 'home' },
    });
    expect(dischargePlacement(active, { destination: 'home' }, now)).toEqual({
      destination: 'home',
      on: '2026-11-25',
    });
  });
});
