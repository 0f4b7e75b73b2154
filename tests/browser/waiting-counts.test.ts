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

/** A request referred to Leeds and Exeter, and Leeds's offer on it, made through the API. */
async function offered(childRef: string): Promise<{ requestId: string; exeter: string }> {
  const request = await la().post('/v1/requests', requestBody({ childRef }));
  expect(request.status).toBe(201);
  const referred = await la().post('/v1/referrals', {
    requestId: request.body.id,
    unitIds: ['fx-leeds', 'fx-exeter'],
  });
  expect(referred.status).toBe(201);
  const items = referred.body.items as { id: string; unitId: string }[];
  const leeds = items.find((r) => r.unitId === 'fx-leeds')?.id;
  const offer = await provider().post(`/v1/referrals/${leeds}/offer`, {});
  expect(offer.status).toBe(200);
  return { requestId: request.body.id, exeter: items.find((r) => r.unitId === 'fx-exeter')?.id ?? '' };
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
    const { requestId, exeter } = await offered(childRef);
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
    // Who to phone beside each home's answer: until a home gives its own, national coordination.
    const leedsCard = user.page.locator('.sb-referral-answers > li', { hasText: LEEDS });
    const card = ((await leedsCard.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(card).toContain('Duty contact');
    expect(card).toContain('Not given by the unit yet. National coordination: Phone:');

    // Exeter answers while the worker has the page open.
    const declined = await as(app, 'provider', 'fx-provider-b').post(`/v1/referrals/${exeter}/decline`, {
      reason: 'no_suitable_bed',
    });
    expect(declined.status, declined.text).toBe(200);
    if (js) {
      const news = user.page.locator('.sb-status-watch__news');
      await expect
        .poll(() => news.textContent(), { timeout: 45_000, interval: 1_000 })
        .toContain('1 decline');
      await user.follow(user.link('See what changed'));
    } else {
      await user.follow(user.link('Check for an update'));
    }
    expect(await user.text()).toContain('1 offer, 1 decline');
  }, 120_000);

  it('opens the inbox: what is new is marked once, and the count clears', async () => {
    await user.follow(user.page.getByRole('link', { name: /^Inbox/ }));
    expect(await user.text()).toMatch(/\d+ new since you last looked/);
    const fresh = user.page.locator('.sb-inbox__new');
    expect(await fresh.count()).toBeGreaterThan(0);
    const freshText = (await fresh.allTextContents()).join(' ');
    expect(freshText).toContain('A home offered a place');
    expect(freshText).toContain('A home declined a referral');
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
