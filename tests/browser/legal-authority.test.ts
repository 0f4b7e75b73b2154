import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';
import { daysFromNow, launch, User, WITH_AND_WITHOUT_JS } from './support.js';

let app: App;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([testApp({ sweepEverySeconds: 3600 }), launch()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A child placed now at the Leeds fixture home through the API, on the given legal basis. */
async function placed(childRef: string, legalBasis = 's25_72_hour'): Promise<string> {
  const la = as(app, 'la', 'E08000025');
  const request = await la.post('/v1/requests', requestBody({ childRef, legalBasis }));
  const hold = await la.post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
  const placement = await as(app, 'provider', 'fx-provider-a').post(`/v1/holds/${hold.body.id}/accept`, {});
  expect(placement.status).toBe(201);
  return placement.body.id;
}

async function fillDate(
  user: User,
  legend: string | RegExp,
  d: { day: string; month: string; year: string },
) {
  const group = user.page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(d.day);
  await group.getByLabel('Month').fill(d.month);
  await group.getByLabel('Year').fill(d.year);
}

describe.each(WITH_AND_WITHOUT_JS)('legal authority and leaving, $name', ({ js }) => {
  let user: User;
  const childRef = `order-${js ? 'js' : 'nojs'}-2041`;
  let placementId = '';

  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
    placementId = await placed(childRef);
  });
  afterAll(() => user.close());

  it('shows the 72 hours and records a court order, refusing one over 6 months', async () => {
    await user.signIn('la', 'Birmingham');
    await user.visit(`/placements/${placementId}`);
    const text = await user.text();
    expect(text).toContain('Section 25, up to 72 hours without a court order');
    expect(text).toContain('Lawful until');

    await user.follow(user.link(/Record a new order/));
    expect(await user.text()).toContain('no more than 72 hours');
    await user.press('Record order');
    expect(await user.errors()).toEqual(['Select the kind of order']);

    await user.page.getByLabel('Section 25 secure accommodation order').check();
    await fillDate(user, 'When does it end?', daysFromNow(200));
    await user.press('Record order');
    expect((await user.errors())[0]).toContain('6 months');

    await user.page.getByLabel('Section 25 secure accommodation order').check();
    await fillDate(user, 'When does it end?', daysFromNow(80));
    await user.press('Record order');
    const after = await user.text();
    expect(after).toContain('Order recorded');
    expect(await user.page.locator('#orders + .sb-table-scroll tbody tr').count()).toBe(2);
  });

  it('records why the child cannot leave yet, refuses a plan before the ready date, and lets it be corrected', async () => {
    await user.visit(`/placements/${placementId}`);
    const today = daysFromNow(0);
    await fillDate(user, 'From when?', today);
    await user.page.getByLabel('Where is the child planned to go?').selectOption({ label: 'Foster care' });
    await user.page.getByLabel('Waiting for funding').check();
    await fillDate(user, /Planned leaving date/, daysFromNow(-1));
    await user.press('Record ready to leave');
    expect((await user.errors())[0]).toContain('must not be before the date the child is ready to leave');

    await fillDate(user, /Planned leaving date/, daysFromNow(2));
    await user.press('Record ready to leave');
    expect(await user.text()).toContain('still here because: waiting for funding');

    await user.page.getByLabel('Waiting for a court').check();
    await user.press('Save leaving details');
    expect(await user.text()).toContain('still here because: waiting for a court');
  });

  it('checks a discharge on a confirmation page, never for a day ahead', async () => {
    await user.visit(`/placements/${placementId}`);
    await fillDate(user, 'When did the child leave?', daysFromNow(1));
    await user.page.getByLabel('Where did the child go?').selectOption({ label: 'Foster care' });
    await user.press('Continue to discharge');
    expect(await user.errors()).toEqual(['The date the child left must be today or in the past']);

    await fillDate(user, 'When did the child leave?', daysFromNow(0));
    await user.page.getByLabel('Where did the child go?').selectOption({ label: 'Foster care' });
    await user.press('Continue to discharge');
    expect(await user.text()).toContain(`Are you sure ${childRef} has left?`);
    await user.follow(user.link('Cancel'));
    expect(await user.text()).toContain('In placement');

    await user.page.getByLabel('Where did the child go?').selectOption({ label: 'Foster care' });
    await user.press('Continue to discharge');
    await user.press('Confirm discharge');
    expect(await user.text()).toContain('Discharge recorded');
  });
});

describe.each(WITH_AND_WITHOUT_JS)('a lapsed welfare order, $name', ({ js }) => {
  const childRef = `lapsed-${js ? 'js' : 'nojs'}-7702`;
  let placementId = '';

  beforeAll(async () => {
    placementId = await placed(childRef, 's25_order');
    const la = as(app, 'la', 'E08000025');
    // An order that ended yesterday, and a child ready to leave since today.
    const order = await la.post(`/v1/placements/${placementId}/legal-authority`, {
      basis: 's25_order',
      from: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      until: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(order.status).toBe(201);
    const ready = await la.post(`/v1/placements/${placementId}/step-down-ready`, {
      readyFrom: daysFromNow(0).iso,
      plannedDestination: 'home',
    });
    expect(ready.status).toBe(200);
  });

  it('is on the coordinators’ board', async () => {
    const user = await User.open(browser, app.url, js);
    try {
      await user.signIn('coordinator');
      await user.visit('/board');
      const board = user.page.locator('#unlawful + .sb-table-scroll');
      expect(await board.textContent()).toContain(childRef);
      expect(await board.textContent()).toContain('Lapsed');
    } finally {
      await user.close();
    }
  });

  it('is flagged to the LA and the provider: the child may not be kept in secure accommodation', async () => {
    for (const [role, org] of [
      ['la', 'Birmingham'],
      ['provider', 'Fixture provider A'],
    ] as const) {
      const user = await User.open(browser, app.url, js);
      try {
        await user.signIn(role, org);
        await user.visit('/placements');
        expect(await user.text()).toContain('May not be kept in secure accommodation');
        await user.visit(`/placements/${placementId}`);
        expect(await user.text()).toContain('the child may not be kept in secure accommodation');
      } finally {
        await user.close();
      }
    }
  });
});
