import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { SeedUnit } from '../../shared/data/register.js';
import { as, FIXTURE_UNITS, testApp } from '../support/app.js';
import { launch, User, WITH_AND_WITHOUT_JS } from './support.js';

let app: App;
let browser: Browser;

/** Illustrative: one unit per run, so the runs with and without JavaScript never meet. */
const unit = (id: string): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Register home ${id} (illustrative)`,
  provenance: {
    source: 'Illustrative test fixture',
    asOf: '2026-11-01',
    verified: false,
    unverified: ['specialisms'],
  },
});

beforeAll(async () => {
  [app, browser] = await Promise.all([testApp({ seed: [unit('reg-js'), unit('reg-nojs')] }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.each(WITH_AND_WITHOUT_JS)('keeping a unit current, $name', ({ js }) => {
  const id = js ? 'reg-js' : 'reg-nojs';
  const name = `Register home ${id} (illustrative)`;
  let user: User;
  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
  });
  afterAll(() => user.close());

  it('a provider sees where its unit’s facts come from, and keeps its duty contact current', async () => {
    await user.signIn('provider', 'Fixture provider A');
    // The start page says which units have no duty contact yet, and leads to the form.
    expect(await user.text()).toContain('no duty contact: until you give one');
    expect(await user.link(`Give a duty contact for ${name}`).count()).toBe(1);
    await user.visit(`/units/${id}`);
    const text = await user.text();
    expect(text).toContain('Illustrative test fixture, as of');
    expect(text).toContain('Not verified (including specialisms)');
    expect(text).toContain('Not given yet');
    expect(await user.link(/Change\s+status/).count()).toBe(0);

    await user.follow(user.link(/Change\s+duty contact/));
    await user.page.getByLabel('Phone').fill('01632 960 123');
    await user.page.getByLabel('Secure email').fill('not an email');
    await user.page.getByLabel('Hours').fill('24 hours a day');
    await user.press('Save');
    expect((await user.errors())[0]).toMatch(/^Email/);
    expect(await user.page.getByLabel('Phone').inputValue()).toBe('01632 960 123');

    await user.page.getByLabel('Secure email').fill('duty@example.org');
    await user.press('Save');
    expect(await user.text()).toContain('Duty contact saved');
    expect(await user.text()).toContain('duty@example.org');
    const api = await as(app, 'provider', 'fx-provider-a').get(`/v1/units/${id}`);
    expect(api.body.dutyContact).toEqual({
      phone: '01632 960 123',
      email: 'duty@example.org',
      hours: '24 hours a day',
    });
    await user.visit('/units');
    expect(await user.link(`Give a duty contact for ${name}`).count()).toBe(0);

    // Changed again later (a new night number): the form starts from what is recorded now.
    await user.visit(`/units/${id}/duty-contact`);
    expect(await user.page.getByLabel('Phone').inputValue()).toBe('01632 960 123');
    await user.page.getByLabel('Phone').fill('01632 960 124');
    await user.press('Save');
    expect(await user.text()).toContain('01632 960 124');
    expect((await as(app, 'la', 'E08000025').get(`/v1/units/${id}`)).body.dutyContact.phone).toBe(
      '01632 960 124',
    );
  });

  it('a coordinator pauses the unit with a reason, after confirming, and is told when it changed meanwhile', async () => {
    await user.signIn('coordinator');
    await user.visit(`/units/${id}`);
    await user.follow(user.link(/Change\s+status/));
    expect(await user.text()).toContain('Can this unit take children?');
    await user.page.getByLabel('Paused: takes no new children for now').check();
    await user.press('Continue');
    expect(await user.errors()).toEqual(['Enter why, so everyone who sees the unit knows']);

    await user.page.getByLabel('Why').fill('Illustrative: staffing');
    await user.press('Continue');
    expect(await user.text()).toContain(`Set ${name} to paused?`);
    expect((await as(app, 'coordinator', 'national').get(`/v1/units/${id}`)).body.status).toBe('open');
    await user.press('Change the status');
    expect(await user.text()).toContain('Status changed to paused');
    expect(await user.text()).toContain('Paused since');
    expect((await as(app, 'coordinator', 'national').get(`/v1/units/${id}`)).body.status).toBe('paused');

    // Someone else changes it between the form and the confirmation: the If-Match stops it.
    await user.follow(user.link(/Change\s+status/));
    await user.page.getByLabel('Open: takes children').check();
    await user.page.getByLabel('Why').fill('Illustrative: staffed again');
    await user.press('Continue');
    const c = as(app, 'coordinator', 'national');
    const now = await c.get(`/v1/units/${id}`);
    const other = await c.call(
      'PATCH',
      `/v1/units/${id}`,
      { statusReason: 'Illustrative: other' },
      {
        'if-match': now.body.etag,
      },
    );
    expect(other.status).toBe(200);
    await user.press('Change the status');
    expect(await user.errors()).toEqual([expect.stringContaining('Someone else changed this unit')]);
    expect((await c.get(`/v1/units/${id}`)).body.status).toBe('paused');
  });
});
