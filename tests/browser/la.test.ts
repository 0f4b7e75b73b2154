import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';
import { daysFromNow, launch, User, WITH_AND_WITHOUT_JS } from './support.js';

let app: App;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([testApp(), launch()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const LEEDS = 'Fixture home, Leeds (illustrative)';
const EXETER = 'Fixture home, Exeter (illustrative)';

describe.each(WITH_AND_WITHOUT_JS)('a local authority, $name', ({ js }) => {
  let user: User;
  const childRef = `case-${js ? 'js' : 'nojs'}-1234`;
  let requestPath = '';

  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
  });
  afterAll(() => user.close());

  it('asks for a bed one question at a time, with errors on the page that made them', async () => {
    await user.signIn('la', 'Birmingham');
    expect(await user.text()).toContain('Your requests');
    await user.press('Ask for a secure bed');

    const page = user.page;
    await page.getByLabel(/case reference/).fill('Jane');
    await user.press('Continue');
    expect(await user.errors()).toEqual([expect.stringContaining('looks like a name')]);
    await page.getByLabel(/case reference/).fill(childRef);
    await user.press('Continue');

    await page.getByLabel(/How old/).fill('7');
    await user.press('Continue');
    expect(await user.errors()).toEqual(['Age must be between 8 and 18']);
    await page.getByLabel(/How old/).fill('14');
    await user.press('Continue');

    await user.choose('Female');
    await user.choose('Welfare');

    // Only the welfare stream's legal bases are offered.
    expect(await user.text()).not.toContain('Remand');
    await user.choose('Section 25 secure accommodation order');
    await user.choose('Self-harm');

    expect(await page.getByLabel(/home local authority/).inputValue()).toBe('E08000025');
    await user.press('Continue');

    const neededBy = daysFromNow(2);
    await page.getByLabel('Day').fill(neededBy.day);
    await user.press('Continue');
    expect(await user.errors()).toEqual(['The date the bed is needed by must include a month and year']);
    await page.getByLabel('Month').fill(neededBy.month);
    await page.getByLabel('Year').fill(neededBy.year);
    await user.press('Continue');

    const ends = daysFromNow(5);
    await user.fillDate(ends);
    await user.press('Continue');

    const check = await user.text();
    expect(check).toContain('Check your answers');
    expect(check).toContain(childRef);
    expect(check).toContain('14 years old');
    expect(check).toContain('Birmingham');
  });

  it('sends the request once however often the form is submitted', async () => {
    const form = user.page.locator('form[action$="/check"]');
    const action = new URL((await form.getAttribute('action')) ?? '', app.url).toString();
    const csrf = (await form.locator('input[name=_csrf]').inputValue()) ?? '';
    // Two more submissions of the same form, as a double click or a retry would send.
    for (let i = 0; i < 2; i++) {
      const r = await user.page.request.post(action, { form: { _csrf: csrf }, maxRedirects: 0 });
      expect(r.status()).toBe(303);
    }
    await user.press('Send request');

    const mine = await as(app, 'la', 'E08000025').get('/v1/requests');
    expect(mine.body.items.filter((r: { childRef: string }) => r.childRef === childRef)).toHaveLength(1);
    requestPath = new URL(user.page.url()).pathname;
    expect(requestPath).toMatch(/^\/requests\/req_/);
  });

  it('sees every unit that fits, ranked with reasons, on a list and a map', async () => {
    const text = await user.text();
    expect(text).toContain('Request sent');
    expect(text).toContain('Units with a free bed that fits');
    const titles = await user.page.locator('.sb-matches .govuk-summary-card__title').allInnerTexts();
    // Leeds specialises in self-harm; Exeter does not; the ward is mental health only.
    expect(titles).toEqual([`1. ${LEEDS}`, `2. ${EXETER}`]);
    expect(text).toContain("Fit band 1 of 3 (best): specialises in all 1 of the child's needs");
    expect(text).toMatch(/km \(\d+ miles\)/);

    const map = user.page.locator('svg.sb-map__svg[role="img"]');
    expect(await map.locator('title').first().textContent()).toBe('Map of units with a free bed that fits');
    expect(await map.locator('circle').count()).toBe(2);
    expect(await map.locator('polygon title').textContent()).toBe('Home: Birmingham');
  });

  it('holds a bed, sees when the hold ends, and releases it', async () => {
    await user.press(`Hold this bed at ${LEEDS}`);
    const text = await user.text();
    expect(text).toContain(`Bed held at ${LEEDS}`);
    expect(text).toMatch(/Held until \d{1,2}(:\d{2})?[ap]m on \d{1,2} \w+ \d{4}/);
    expect(text).toContain('1 hour 59 minutes');
    const asOf = user.page.locator('.sb-countdown__as-of');
    if (js) {
      await expect.poll(() => asOf.isVisible()).toBe(false);
    } else {
      expect(await asOf.isVisible()).toBe(true);
      expect(text).toContain('left when this page was loaded');
    }

    expect(text).toContain('What happens next');
    expect(text).toMatch(/National coordination: [\d ]+, \S+@/);
    expect(await user.page.getByRole('link', { name: 'Check for an update' }).isVisible()).toBe(!js);

    // Releasing cannot be undone, so it asks first; "No" changes nothing.
    await user.press('Release this hold');
    expect(await user.text()).toContain('This cannot be undone');
    await user.follow(user.link('No, keep the hold'));
    expect(await user.text()).toContain(`Bed held at ${LEEDS}`);
    await user.press('Release this hold');
    await user.press('Yes, release the hold');
    const after = await user.text();
    expect(after).toContain('Hold released');
    expect(after).toContain('Earlier holds');
    expect(after).toContain('Released');
    expect(after).toContain('Units with a free bed that fits');
  });

  it('follows the placement: legal-authority warning, ready to leave, discharge', async () => {
    await user.press(`Hold this bed at ${LEEDS}`);
    const holdId = new URL(user.page.url()).pathname.split('/').pop() ?? '';
    const accepted = await as(app, 'provider', 'fx-provider-a').post(`/v1/holds/${holdId}/accept`, {});
    expect(accepted.status).toBe(201);

    await user.follow(user.link('Placements'));
    expect(await user.text()).toContain('Ends soon');
    await user.follow(user.link(childRef));
    const text = await user.text();
    expect(text).toMatch(
      /legal authority for this placement ends at \S+ on \d{1,2} \w+ \d{4}: within 7 days/,
    );

    await user.press('Record ready to leave');
    expect(await user.errors()).toEqual([
      'Enter the date the child is ready to leave secure care',
      'Select where the child is planned to go',
    ]);
    const today = daysFromNow(0);
    await user.fillDate(today, 'From when?');
    await user.page.getByLabel('Where is the child planned to go?').selectOption({ label: 'Foster care' });
    await user.press('Record ready to leave');
    expect(await user.text()).toContain('Ready to leave recorded');
    expect(await user.text()).toContain('to foster care');

    await user.page.getByLabel('Where did the child go?').selectOption({ label: 'Foster care' });
    await user.press('Continue to discharge');
    expect(await user.text()).toContain(`Are you sure ${childRef} has left?`);
    await user.press('Confirm discharge');
    const done = await user.text();
    expect(done).toContain('Discharge recorded');
    expect(done).toContain('Discharged');
  });

  it('is told when the bed it chose was taken while it looked', async () => {
    const ref = `case-${js ? 'js' : 'nojs'}-9012`;
    const request = await as(app, 'la', 'E08000025').post('/v1/requests', requestBody({ childRef: ref }));
    await user.visit(`/requests/${request.body.id}`);
    // Meanwhile Exeter's provider closes its free beds.
    const exeter = as(app, 'provider', 'fx-provider-b');
    const free = (await exeter.get('/v1/units/fx-exeter/beds')).body.items.filter(
      (b: { state: string }) => b.state === 'available',
    );
    for (const b of free)
      await exeter.put(
        `/v1/units/fx-exeter/beds/${b.id}`,
        { state: 'closed', reason: 'staffing' },
        { 'if-match': b.etag },
      );

    await user.press(`Hold this bed at ${EXETER}`);
    expect(await user.errors()).toEqual([
      expect.stringContaining('That unit no longer has a free bed that fits'),
    ]);
    expect(await user.text()).not.toContain(EXETER);

    for (const b of (await exeter.get('/v1/units/fx-exeter/beds')).body.items.filter(
      (x: { state: string; reason: string | null }) => x.state === 'closed' && x.reason === 'staffing',
    ))
      await exeter.put(`/v1/units/fx-exeter/beds/${b.id}`, { state: 'available' }, { 'if-match': b.etag });
  });

  it('withdraws a request it no longer needs', async () => {
    const ref = `case-${js ? 'js' : 'nojs'}-5678`;
    await as(app, 'la', 'E08000025').post('/v1/requests', requestBody({ childRef: ref }));
    await user.visit('/requests');
    await user.follow(user.link(ref));
    await user.follow(user.link('Withdraw this request'));
    expect(await user.text()).toContain(`Are you sure you want to withdraw the request for ${ref}?`);
    // Withdrawing without saying what happened is refused, and says why.
    await user.press('Withdraw request');
    expect(await user.errors()).toEqual(['Select what happened to the child']);
    await user.page.getByLabel('Deprivation of liberty order, in an unregistered setting').check();
    await user.press('Withdraw request');
    expect(await user.text()).toContain('Request withdrawn');
    const row = user.page.locator('tr', { hasText: ref });
    expect(await row.textContent()).toContain('Withdrawn');
    const api = await as(app, 'la', 'E08000025').get('/v1/requests?status=withdrawn&limit=100');
    const mine = api.body.items.find((r: { childRef: string }) => r.childRef === ref);
    expect(mine.outcome).toBe('dol_order_unregistered');
  });
});
