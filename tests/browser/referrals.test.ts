import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { sweepRequestRhythm } from '../../shared/store/request-rhythm.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';
import { launch, User, WITH_AND_WITHOUT_JS } from './support.js';

/**
 * SPEC's "Done when" in the console, with and without JavaScript, axe on every page: a night-duty
 * LA refers a child to five homes, two offer, one declines, the LA accepts one offer and is
 * placed, the others are withdrawn; a request left alone lapses and says so; withdrawing it
 * records what happened to the child.
 */
const HOMES = [1, 2, 3, 4, 5].map((n) => ({
  id: `rb-${n}`,
  name: `Referral home ${n} (illustrative)`,
  provider: `Referral provider ${n} (illustrative)`,
}));
const seed: SeedUnit[] = HOMES.map((h, i) => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id: h.id,
  name: h.name,
  providerId: `prov-${h.id}`,
  providerName: h.provider,
  beds: streamBeds({ welfare: 2 }),
  // Ofcom's drama-range numbers and a reserved domain: illustrative contacts, never real ones.
  dutyContact: { phone: `0113 496 00${10 + i}`, email: `duty-${h.id}@example.org`, hours: 'Every night' },
}));

/** Each step visits several pages and runs axe on each: minutes, not seconds, on a busy machine. */
const SLOW = 180_000;

/** The clock runs in real time, and jumps a fortnight when a test needs a request to lapse. */
let shift = 0;
let app: App;
let browser: Browser;
let laApi: Client;

beforeAll(async () => {
  [app, browser] = await Promise.all([
    testApp({ seed, clock: () => new Date(Date.now() + shift), sweepEverySeconds: 3600 }),
    launch(),
  ]);
  laApi = as(app, 'la', 'E08000025');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const home = (n: number) => HOMES[n - 1] as (typeof HOMES)[number];
const providerApi = (n: number) => as(app, 'provider', `prov-${home(n).id}`);

async function newRequest(childRef: string): Promise<string> {
  const r = await laApi.post(
    '/v1/requests',
    requestBody({
      childRef,
      profile: { currentLocation: 'police_custody', careStatus: 's20', yotInvolved: true },
    }),
  );
  expect(r.status, r.text).toBe(201);
  return r.body.id;
}

describe.each(WITH_AND_WITHOUT_JS)('referrals, $name', ({ js }) => {
  const tag = js ? 'js' : 'nojs';
  const childRef = `case-${tag}-3001`;
  const leftAlone = `case-${tag}-3002`;
  let la: User;
  let requestId = '';
  let lapsingId = '';

  beforeAll(async () => {
    la = await User.open(browser, app.url, js);
    requestId = await newRequest(childRef);
    lapsingId = await newRequest(leftAlone);
  });
  afterAll(() => la.close());

  it(
    'the LA ticks five homes on the request page and refers to them in one step',
    async () => {
      await la.signIn('la', 'Birmingham');
      await la.visit(`/requests/${requestId}`);
      await la.press('Refer to the homes you ticked');
      expect(await la.errors()).toEqual(['Select at least one home to refer to']);
      for (const h of HOMES) await la.page.getByLabel(`Refer to ${h.name}`).check();
      await la.press('Refer to the homes you ticked');
      expect(new URL(la.page.url()).pathname).toBe(`/requests/${requestId}/referrals`);
      const text = await la.text();
      expect(text).toContain('Referred to 5 homes');
      expect(text).toContain('5 waiting');
      expect(
        await la.page
          .locator('.sb-referral-answers .govuk-tag', { hasText: 'Waiting for an answer' })
          .count(),
      ).toBe(5);
      expect(text).toContain('What happens next');
      expect(text).toContain('0113 496 0010');
      // The status watch: with JavaScript it looks again by itself; without, a link checks by hand.
      expect(await la.page.getByRole('link', { name: 'Check for an update' }).isVisible()).toBe(!js);
    },
    SLOW,
  );

  it(
    'a home sees the referral waiting, with the coded profile and never the case reference, and offers',
    async () => {
      const p = await User.open(browser, app.url, js);
      try {
        await p.signIn('provider', home(1).provider);
        expect(await p.text()).toContain('1 referral is waiting for your answer');
        expect(await p.page.getByRole('link', { name: /^Referrals 1 waiting/ }).count()).toBe(1);
        await p.follow(p.link('Answer referrals'));
        expect(await p.text()).toContain('Referrals waiting for an answer');
        await p.follow(p.page.locator('tr', { hasText: home(1).name }).getByRole('link'));
        const text = await p.text();
        expect(text).toContain('Police custody');
        expect(text).toContain('Accommodated (section 20)');
        expect(text).not.toContain(childRef);
        await p.press('Offer a place');
        expect(await p.text()).toContain('Offer sent');
        expect(await p.text()).toContain('Offer stands until');
      } finally {
        await p.close();
      }
    },
    SLOW,
  );

  it(
    'another home declines with a coded reason and a note',
    async () => {
      const p = await User.open(browser, app.url, js);
      try {
        await p.signIn('provider', home(3).provider);
        await p.follow(p.page.getByRole('link', { name: /^Referrals/ }));
        await p.follow(p.page.locator('tr', { hasText: home(3).name }).getByRole('link'));
        await p.press('Decline');
        expect(await p.errors()).toEqual(['Select why you are declining']);
        await p.page.getByLabel('Mix of children already in the home').check();
        await p.page
          .getByLabel(/Note for the local authority/)
          .fill('Two children of similar risk here tonight');
        await p.press('Decline');
        expect(await p.text()).toContain('Referral declined');
      } finally {
        await p.close();
      }
    },
    SLOW,
  );

  it(
    'the LA sees each answer, accepts the second offer after confirming, and is placed; the rest are withdrawn',
    async () => {
      const referrals = (await laApi.get(`/v1/referrals?requestId=${requestId}`)).body.items as {
        id: string;
        unitId: string;
      }[];
      const second = referrals.find((r) => r.unitId === home(2).id)?.id;
      expect((await providerApi(2).post(`/v1/referrals/${second}/offer`, {})).status).toBe(200);

      await la.visit(`/requests/${requestId}/referrals`);
      const text = await la.text();
      expect(text).toContain('2 offers, 1 decline, 2 waiting');
      expect(text).toContain('Declined: Mix of children already in the home');
      expect(text).toContain('Two children of similar risk here tonight');
      expect(text).toContain('Offer stands until');

      // A GOV.UK start-style button: a link with the button role.
      await la.follow(la.button(`Accept this offer from ${home(2).name}`));
      expect(await la.text()).toContain(`Accept the offer from ${home(2).name} for ${childRef}?`);
      expect(await la.text()).toContain('The other 3 referrals still open for this child are withdrawn');
      await la.press('Yes, accept and place the child');
      const placed = await la.text();
      expect(placed).toContain('Child placed');
      expect(new URL(la.page.url()).pathname).toMatch(/^\/placements\//);

      await la.visit(`/requests/${requestId}/referrals`);
      const after = la.page.locator('.sb-referral-answers .govuk-tag');
      expect((await after.allInnerTexts()).map((t) => t.trim()).sort()).toEqual(
        ['Accepted', 'Declined', 'Withdrawn', 'Withdrawn', 'Withdrawn'].sort(),
      );
      expect(await la.text()).toContain('The child is placed');
      expect((await laApi.get(`/v1/requests/${requestId}`)).body.status).toBe('placed');
    },
    SLOW,
  );

  it(
    'the LA’s inbox lists the homes’ answers, ids only, each linking to its record',
    async () => {
      await la.follow(la.link('Inbox'));
      const text = await la.text();
      expect(text).toContain('A home offered a place');
      expect(text).toContain('A home declined a referral');
      expect(text).not.toContain(childRef);
      await la.follow(la.link('A home declined a referral').first());
      expect(await la.text()).toContain('Declined: Mix of children already in the home');
    },
    SLOW,
  );

  it(
    'a request left alone lapses and says so; the coordinator’s board and inbox show it; withdrawing records the outcome',
    async () => {
      // An unanswered referral for the board, then a fortnight with nobody confirming the request.
      const unanswered = await laApi.post('/v1/referrals', { requestId: lapsingId, unitIds: [home(4).id] });
      expect(unanswered.status).toBe(201);
      shift += 14 * 86_400_000;
      // The sweeper's pass at the lapse (run by hand: the clock jumped) tells the LA and coordinators.
      await sweepRequestRhythm(app.store, new Date(Date.now() + shift));

      const coordinator = await User.open(browser, app.url, js);
      try {
        await coordinator.signIn('coordinator');
        const board = await coordinator.text();
        expect(board).toContain('Referrals not answered in time');
        expect(await coordinator.page.locator('#lapsing + div tr', { hasText: leftAlone }).count()).toBe(1);
        expect(
          await coordinator.page.locator('#unanswered + div tr', { hasText: home(4).name }).count(),
        ).toBeGreaterThan(0);
        // The coordinators' inbox says so too, linking to the request, which says it has lapsed.
        await coordinator.follow(coordinator.link(/^Inbox/).first());
        const told = coordinator.page.locator(`a[href="/requests/${lapsingId}"]`);
        expect(await told.allInnerTexts()).toEqual(['A request lapsed']);
        await coordinator.follow(told);
        expect(await coordinator.text()).toContain('This request has lapsed');
      } finally {
        await coordinator.close();
      }

      const again = await User.open(browser, app.url, js);
      try {
        await again.signIn('la', 'Birmingham');
        await again.visit(`/requests/${lapsingId}`);
        const text = await again.text();
        expect(text).toContain('This request has lapsed');
        expect(text).toContain('Lapsed: confirm it is still needed');
        await again.follow(again.link('Withdraw this request').first());
        await again.page.getByLabel('Deprivation of liberty order, in an unregistered setting').check();
        await again.press('Withdraw request');
        expect(await again.text()).toContain('Request withdrawn');
      } finally {
        await again.close();
      }
      const withdrawn = (await laApi.get(`/v1/requests/${lapsingId}`)).body;
      expect(withdrawn).toMatchObject({ status: 'withdrawn', outcome: 'dol_order_unregistered' });
      const referral = (await laApi.get(`/v1/referrals/${unanswered.body.items[0].id}`)).body;
      expect(referral.status).toBe('withdrawn');
    },
    SLOW,
  );
});
