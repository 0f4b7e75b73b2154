/**
 * The console for a tired person at 2 a.m. (issue 23): who to phone beside every unit and hold,
 * the first bed that fits in view, a home's "no" reaching the worker with its reason, errors said
 * once, and nothing irreversible in one click. Every page is checked with axe and at 320 px.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { as, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';
import { daysFromNow, launch, User, WITH_AND_WITHOUT_JS } from './support.js';

let app: App;
let browser: Browser;

const LEEDS = 'Fixture home, Leeds (illustrative)';
const EXETER = 'Fixture home, Exeter (illustrative)';
// Illustrative: Ofcom's drama range and a reserved example domain.
const LEEDS_DUTY = {
  phone: '0113 496 0123',
  email: 'night-duty@fixture-home-leeds.example',
  hours: 'Every night, 6pm to 8am',
};
const NEWCASTLE = 'Fixture home, Newcastle (illustrative)';
// Enough Leeds welfare beds for both runs to hold, place and discharge; and a home that takes more
// of the child's needs than Exeter but in the same band ("some"), and is further away.
const UNITS: SeedUnit[] = [
  ...FIXTURE_UNITS.map((u) =>
    u.id === 'fx-leeds' ? { ...u, beds: streamBeds({ welfare: 10, justice: 2 }) } : u,
  ),
  {
    ...(FIXTURE_UNITS.find((u) => u.id === 'fx-exeter') as SeedUnit),
    id: 'fx-newcastle',
    name: NEWCASTLE,
    laCode: 'E08000021',
    regionCode: 'E12000001',
    location: { lat: 54.97, lon: -1.61 },
    specialisms: ['self_harm', 'absconding', 'violence'],
  },
];

const la = () => as(app, 'la', 'E08000025');
const provider = () => as(app, 'provider', 'fx-provider-a');

beforeAll(async () => {
  app = await testApp({ seed: UNITS });
  browser = await launch();
  // The home keeps its own duty contact (SPEC: a provider may PATCH its units' dutyContact).
  const unit = await provider().get('/v1/units/fx-leeds');
  const set = await provider().call(
    'PATCH',
    '/v1/units/fx-leeds',
    { dutyContact: LEEDS_DUTY },
    {
      'if-match': unit.headers.get('etag') ?? '',
    },
  );
  expect(set.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A request with a hold at Leeds, made through the API; the hold's id. */
async function heldAtLeeds(): Promise<{ requestId: string; holdId: string }> {
  const request = await la().post('/v1/requests', requestBody());
  const hold = await la().post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
  expect(hold.status).toBe(201);
  return { requestId: request.body.id, holdId: hold.body.id };
}

/** The bottom edge of the first "Hold this bed" button, on the page as first shown (not scrolled). */
async function firstHoldButtonBottom(user: User, width: number, height: number): Promise<number> {
  await user.page.setViewportSize({ width, height });
  await user.page.evaluate(() =>
    (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0),
  );
  const box = await user
    .button(/^Hold this bed/)
    .first()
    .boundingBox();
  return box ? box.y + box.height : Number.POSITIVE_INFINITY;
}

describe.each(WITH_AND_WITHOUT_JS)('night duty, $name', ({ js }) => {
  let user: User;
  const childRef = `case-night-${js ? 'js' : 'nojs'}-4821`;
  let requestPath = '';

  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
    await user.signIn('la', 'Birmingham');
  });
  afterAll(() => user.close());

  // Ten pages, each checked with axe and at 320 px: longer than one page's test on a busy machine.
  it('reaches the first bed that fits above the fold, with the answers just given folded away', async () => {
    const page = user.page;
    await user.press('Ask for a secure bed');
    // A name and a date of birth is not a case reference, however it is written.
    for (const unsafe of ['jane-smith-14-03-2012', 'case-14.3.12', 'ref-2012-03-14']) {
      await page.getByLabel(/case reference/).fill(unsafe);
      await user.press('Continue');
      expect(await user.errors(), unsafe).toEqual([expect.stringContaining('carries a date')]);
    }
    await page.getByLabel(/case reference/).fill(childRef);
    await user.press('Continue');
    await page.getByLabel(/How old/).fill('14');
    await user.press('Continue');
    await user.choose('Female');
    await user.choose('Welfare');
    await user.choose('Section 25 secure accommodation order');
    for (const need of ['Self-harm', 'Absconding', 'Violence', 'Substance misuse']) {
      await page.getByLabel(need, { exact: true }).check();
    }
    await user.press('Continue');
    await user.press('Continue');
    const neededBy = daysFromNow(0);
    await user.fillDate(neededBy);
    await user.press('Continue');
    await user.press('Continue');
    await user.press('Send request');
    requestPath = new URL(page.url()).pathname;
    expect(await user.text()).toContain('Request sent');

    // The answers are one click away, not ten rows in the way.
    const details = page.locator('details.govuk-details', { hasText: 'The child’s details' });
    expect(await details.getAttribute('open')).toBeNull();
    expect(await page.getByText('Bed needed by', { exact: true }).isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await page.getByText('Bed needed by', { exact: true }).isVisible()).toBe(true);
    await details.locator('summary').click();

    // The first "Hold this bed" is in view without scrolling on a laptop, even under the banner
    // that says the request was sent; and when the worker comes back to it on a small phone
    // (320 × 640), where without JavaScript the navigation's links wrap in a row rather than
    // stacking, and the back link gives way to the navigation's own "Requests".
    expect(await firstHoldButtonBottom(user, 1280, 720)).toBeLessThanOrEqual(720);
    await user.visit(requestPath);
    expect(await firstHoldButtonBottom(user, 320, 640)).toBeLessThanOrEqual(640);
    expect(await user.link('All requests').isVisible()).toBe(false);
    await page.setViewportSize({ width: 1100, height: 900 });
    expect(await user.link('All requests').isVisible()).toBe(true);
  }, 180_000);

  it('sees the units ranked by fit band, then nearest first within a band, each saying why', async () => {
    const cards = user.page.locator('.sb-matches > li');
    const titles = (await user.page.locator('.sb-matches .govuk-summary-card__title').allInnerTexts()).map(
      (t) => t.replace(/^\d+\.\s*/, ''),
    );
    // All three take some of the four needs (band 2): Newcastle takes three of them, Exeter one,
    // but Exeter is nearer to Birmingham, so it ranks above Newcastle.
    expect(titles).toEqual([LEEDS, EXETER, NEWCASTLE]);
    const km: number[] = [];
    for (const name of titles) {
      const text = ((await cards.filter({ hasText: name }).textContent()) ?? '').replace(/\s+/g, ' ');
      expect(text).toContain('Fit band 2 of 3');
      const reason =
        /(\d+(?:\.\d)?) km from the home local authority: nearer units in the same band rank higher/.exec(
          text,
        );
      expect(reason, name).not.toBeNull();
      km.push(Number(reason?.[1]));
    }
    expect([...km].sort((a, b) => a - b)).toEqual(km);
    expect(await cards.filter({ hasText: NEWCASTLE }).textContent()).toContain('specialises in 3 of 4 needs');
  });

  it('sees who to phone beside every unit that fits', async () => {
    const leeds = user.page.locator('.sb-matches > li', { hasText: LEEDS });
    const text = ((await leeds.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(`Phone: ${LEEDS_DUTY.phone}`);
    expect(text).toContain(`Secure email: ${LEEDS_DUTY.email}`);
    expect(text).toContain(`Hours: ${LEEDS_DUTY.hours}`);
    expect(await leeds.getByRole('link', { name: LEEDS_DUTY.phone }).getAttribute('href')).toBe(
      'tel:01134960123',
    );
    // A home that has given no duty contact is not a blank: national coordination stands in.
    const exeter = (
      (await user.page.locator('.sb-matches > li', { hasText: EXETER }).textContent()) ?? ''
    ).replace(/\s+/g, ' ');
    expect(exeter).toContain('Not given by the unit yet. National coordination');
  });

  it('holds a bed and sees the home’s duty contact and what happens next', async () => {
    await user.press(`Hold this bed at ${LEEDS}`);
    const text = await user.text();
    expect(text).toContain(`Bed held at ${LEEDS}`);
    expect(text).toContain('What happens next');
    expect(text).toContain(`Duty contact for ${LEEDS}`);
    expect(text).toContain(`Phone: ${LEEDS_DUTY.phone}`);
    expect(await user.link(LEEDS_DUTY.email).getAttribute('href')).toBe(`mailto:${LEEDS_DUTY.email}`);
  });

  it('learns of the home’s decline, its reason and its note, on the hold page and the request', async () => {
    const holdId = new URL(user.page.url()).pathname.split('/').pop() ?? '';
    const note = 'Two children admitted tonight; we can look again on Monday';
    const declined = await provider().post(`/v1/holds/${holdId}/decline`, {
      reason: 'mix_of_children',
      note,
    });
    expect(declined.status).toBe(200);

    if (js) {
      // The page looks again by itself and says so politely, without reloading under the reader.
      const news = user.page.locator('.sb-status-watch__news');
      await expect.poll(() => news.textContent(), { timeout: 45_000, interval: 1_000 }).toContain('declined');
      await user.follow(user.link('See what changed'));
    } else {
      await user.follow(user.link('Check for an update'));
    }
    const text = await user.text();
    expect(text).toContain(`${LEEDS} declined the hold`);
    expect(text).not.toContain('Bed held at');
    expect(text).toContain('Reason: Mix of children already in the home.');
    expect(text).toContain(note);

    await user.follow(user.link('Back to the request'));
    expect(new URL(user.page.url()).pathname).toBe(requestPath);
    const request = await user.text();
    expect(request).toMatch(new RegExp(`${LEEDS.replace(/[()]/g, '\\$&')} declined on \\d{1,2} \\w+ \\d{4}`));
    expect(request).toContain(note);
    const card = user.page.locator('.sb-matches > li', { hasText: LEEDS });
    const cardText = ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(cardText).toContain('Declined this child');
    expect(cardText).toContain('Mix of children already in the home');
    expect(await user.page.locator('.sb-matches > li', { hasText: EXETER }).textContent()).not.toContain(
      'Declined this child',
    );
  });

  it('asks before withdrawing a request, and "Cancel" changes nothing', async () => {
    await user.follow(user.link('Withdraw this request'));
    expect(await user.text()).toContain(`Are you sure you want to withdraw the request for ${childRef}?`);
    await user.follow(user.link('Cancel'));
    expect(new URL(user.page.url()).pathname).toBe(requestPath);
    const id = requestPath.split('/').pop() ?? '';
    expect((await la().get(`/v1/requests/${id}`)).body.status).toBe('open');
  });

  it('corrects a ready date that would come after the discharge, then discharges on a date, asked first', async () => {
    const { holdId } = await heldAtLeeds();
    const placed = await provider().post(`/v1/holds/${holdId}/accept`, {});
    expect(placed.status).toBe(201);
    const placementId = placed.body.id as string;
    await user.visit(`/placements/${placementId}`);

    // Ready in 10 days' time, as someone typed it.
    await user.fillDate(daysFromNow(10), 'From when?');
    await user.page.getByLabel('Where is the child planned to go?').selectOption({ label: 'Foster care' });
    await user.press('Record ready to leave');
    expect(await user.text()).toContain('Ready to leave recorded');

    // Leaving today, before that ready date, is refused before anything is asked or freed.
    await user.fillDate(daysFromNow(0), 'When did the child leave?');
    await user.page.getByLabel('Where did the child go?').selectOption({ label: 'Foster care' });
    await user.press('Continue to discharge');
    expect(await user.errors()).toEqual([
      expect.stringMatching(
        /must not be before the date they were ready to leave .*correct the ready date first/,
      ),
    ]);
    expect((await la().get(`/v1/placements/${placementId}`)).body.status).toBe('active');

    // The ready date is corrected on the same page, and the correction is audited.
    await user.fillDate(daysFromNow(0), 'From when?');
    await user.press('Save leaving details');
    expect(await user.text()).toContain('Ready to leave recorded');

    await user.fillDate(daysFromNow(0), 'When did the child leave?');
    await user.page.getByLabel('Where did the child go?').selectOption({ label: 'Foster care' });
    await user.press('Continue to discharge');
    const check = await user.text();
    expect(check).toContain('has left?');
    expect(check).toContain('Left on');
    expect(check).toContain('You cannot undo this');
    // Nothing is written until the confirmation is pressed.
    expect((await la().get(`/v1/placements/${placementId}`)).body.status).toBe('active');
    await user.press('Confirm discharge');
    expect(await user.text()).toContain('Discharge recorded');

    const after = (await la().get(`/v1/placements/${placementId}`)).body;
    expect(after).toMatchObject({
      status: 'discharged',
      dischargedOn: daysFromNow(0).iso,
      stepDownReadyFrom: daysFromNow(0).iso,
    });
    const trail = await as(app, 'coordinator', 'national').get(`/v1/audit?entity=${placementId}&limit=100`);
    const actions = trail.body.items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'placement.step_down_ready')).toHaveLength(2);
    expect(actions).toContain('placement.discharged');
  });
});

describe.each(WITH_AND_WITHOUT_JS)('a home deciding a hold, $name', ({ js }) => {
  let user: User;

  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
    await user.signIn('provider', 'Fixture provider A');
  });
  afterAll(() => user.close());

  it('is told once, in plain words, when the hold was settled while it read', async () => {
    const { holdId } = await heldAtLeeds();
    await user.visit(`/holds/${holdId}`);
    // Meanwhile national coordination accepts the child for the home.
    expect((await as(app, 'coordinator', 'national').post(`/v1/holds/${holdId}/accept`, {})).status).toBe(
      201,
    );

    await user.press('Accept');
    const errors = await user.errors();
    expect(errors).toEqual([
      'The home has already accepted this child, so the hold can no longer be changed.',
    ]);
    expect(await user.text()).toContain(`${LEEDS} accepted the child`);
  });

  it('no longer sees the child once it has declined the hold', async () => {
    const { holdId } = await heldAtLeeds();
    await user.visit(`/holds/${holdId}`);
    expect(await user.text()).toContain('14 years old');
    await user.page.getByLabel('Mix of children already in the home').check();
    await user.press('Decline');
    await user.visit(`/holds/${holdId}`);
    const text = await user.text();
    expect(text).not.toContain('14 years old');
    expect(text).toContain('The child’s details are no longer shown to your home');
    expect((await provider().get(`/v1/holds/${holdId}`)).status).toBe(200);
  });
});
