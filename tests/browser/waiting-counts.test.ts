/**
 * What waits for someone is counted in the navigation on every page (issue 23): a local
 * authority's offers to accept, and for everyone with an inbox what they have not seen there yet.
 * The inbox marks what is new, once; opening it clears the count. With and without JavaScript,
 * axe and 320 px on every page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';
import { launch, User, WITH_AND_WITHOUT_JS } from './support.js';

let app: App;
let browser: Browser;

const LEEDS = 'Fixture home, Leeds (illustrative)';
const la = () => as(app, 'la', 'E08000025');
const provider = () => as(app, 'provider', 'fx-provider-a');

beforeAll(async () => {
  [app, browser] = await Promise.all([testApp(), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A request referred to Leeds, and Leeds's offer on it, made through the API. */
async function offered(childRef: string): Promise<string> {
  const request = await la().post('/v1/requests', requestBody({ childRef }));
  expect(request.status).toBe(201);
  const referred = await la().post('/v1/referrals', { requestId: request.body.id, unitIds: ['fx-leeds'] });
  expect(referred.status).toBe(201);
  const offer = await provider().post(`/v1/referrals/${referred.body.items[0].id}/offer`, {});
  expect(offer.status).toBe(200);
  return request.body.id;
}

/** The navigation link whose name starts with `name`, and the count tag in it (or '' for none). */
async function navCount(user: User, name: string): Promise<string> {
  const link = user.page.locator('.govuk-service-navigation__link', { hasText: name });
  const tag = link.locator('.sb-nav-count');
  return (await tag.count()) ? ((await tag.textContent()) ?? '').replace(/\s+/g, ' ').trim() : '';
}

describe.each(WITH_AND_WITHOUT_JS)('counts of what waits, $name', ({ js }) => {
  const tag = js ? 'js' : 'nojs';
  let user: User;

  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
  });
  afterAll(() => user.close());

  it('a local authority sees its offers counted on "Requests", listed first there, and its unseen news on "Inbox"', async () => {
    const childRef = `case-count-${tag}-1`;
    const requestId = await offered(childRef);
    await user.signIn('la', 'Birmingham');

    // The count names what it counts, for a screen reader as one link name.
    expect(await navCount(user, 'Requests')).toMatch(/^\d+ offers waiting$/);
    expect(await user.page.getByRole('link', { name: /^Requests \d+ offers waiting$/ }).count()).toBe(1);
    expect(await navCount(user, 'Inbox')).toMatch(/^\d+ new$/);

    const offers = user.page.getByRole('region', { name: 'Offers waiting for your answer' });
    const row = offers.locator('tr', { hasText: childRef });
    expect(await row.textContent()).toContain(LEEDS);
    await user.follow(row.getByRole('link'));
    expect(new URL(user.page.url()).pathname).toBe(`/requests/${requestId}/referrals`);
    expect(await user.text()).toContain('Accept this offer');
  });

  it('opens the inbox: what is new is marked once, and the count clears', async () => {
    await user.follow(user.page.getByRole('link', { name: /^Inbox/ }));
    expect(await user.text()).toMatch(/\d+ new since you last looked/);
    const fresh = user.page.locator('.sb-inbox__new');
    expect(await fresh.count()).toBeGreaterThan(0);
    expect(await fresh.first().textContent()).toContain('A home offered a place');
    expect(await navCount(user, 'Inbox')).toBe('');

    // Something new arrives: only it is counted, and only it is marked on the next look.
    const request = await la().post('/v1/requests', requestBody({ childRef: `case-count-${tag}-2` }));
    const hold = await la().post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
    expect(hold.status).toBe(201);
    expect(
      (await provider().post(`/v1/holds/${hold.body.id}/decline`, { reason: 'mix_of_children' })).status,
    ).toBe(200);
    await user.visit('/requests');
    expect(await navCount(user, 'Inbox')).toBe('1 new');

    await user.follow(user.page.getByRole('link', { name: /^Inbox/ }));
    expect(await user.text()).toContain('1 new since you last looked');
    expect(await fresh.count()).toBe(1);
    expect(await fresh.textContent()).toContain('A home declined your hold');
    expect(await navCount(user, 'Inbox')).toBe('');
    await user.visit('/inbox');
    expect(await fresh.count()).toBe(0);
  });

  it('a provider sees new referrals counted, and its inbox too', async () => {
    await la().post('/v1/referrals', {
      requestId: (await la().post('/v1/requests', requestBody({ childRef: `case-count-${tag}-3` }))).body.id,
      unitIds: ['fx-leeds'],
    });
    await user.signIn('provider', 'Fixture provider A');
    expect(await navCount(user, 'Referrals')).toMatch(/^\d+ waiting$/);
    expect(await navCount(user, 'Inbox')).toMatch(/^\d+ new$/);
    await user.follow(user.page.getByRole('link', { name: /^Inbox/ }));
    expect(await user.text()).toContain('A new referral: offer or decline');
    expect(await navCount(user, 'Inbox')).toBe('');
  });
});
