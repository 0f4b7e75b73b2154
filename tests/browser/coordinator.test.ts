import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';
import { launch, User, WITH_AND_WITHOUT_JS } from './support.js';

let app: App;
let browser: Browser;

const LEEDS = 'Fixture home, Leeds (illustrative)';
const EXETER = 'Fixture home, Exeter (illustrative)';

// The register is loaded two days ago (so every unit starts out of date), then time runs as usual.
let offsetMs = -48 * 3600_000;
const clock = () => new Date(Date.now() + offsetMs);

beforeAll(async () => {
  [app, browser] = await Promise.all([testApp({ clock, holdMinutes: 20 }), launch()]);
  offsetMs = 0;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.each(WITH_AND_WITHOUT_JS)('a national coordinator, $name', ({ js }) => {
  let user: User;
  const tag = js ? 'js' : 'nojs';
  const waiting = `case-${tag}-3001`;
  const held = `case-${tag}-3002`;

  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
    const la = as(app, 'la', 'E08000025');
    await la.post('/v1/requests', requestBody({ childRef: waiting, neededBy: '2026-01-02' }));
    const r = await la.post('/v1/requests', requestBody({ childRef: held }));
    const hold = await la.post('/v1/holds', { requestId: r.body.id, unitId: 'fx-leeds' });
    expect(hold.status).toBe(201);
  });
  afterAll(() => user.close());

  const staleUnits = () =>
    user.page.getByRole('region', { name: 'Units not confirmed in the last 24 hours' });

  it('sees who waits, what is held and ends soon, and which units are out of date', async () => {
    await user.signIn('coordinator');
    const board = await user.text();
    expect(board).toContain('National board');
    expect(board).toContain(waiting);
    expect(board).toContain(held);
    expect(board).toContain('Birmingham');

    const holds = user.page.getByRole('region', { name: 'Active holds, soonest to end first' });
    expect(await holds.textContent()).toContain(LEEDS);
    // Holds last 20 minutes here: every one is within the 30-minute warning.
    expect(await holds.textContent()).toContain('Ends soon');

    expect(await staleUnits().textContent()).toContain(EXETER);
  });

  it('acts for the local authority: holds a bed, then accepts it for the provider', async () => {
    await user.follow(user.link(waiting));
    expect(await user.text()).toContain('Units with a free bed that fits');
    await user.press(`Hold this bed at ${EXETER}`);
    expect(await user.text()).toContain(`Bed held at ${EXETER}`);
    await user.press('Accept');
    const placed = await user.text();
    expect(placed).toContain('Child accepted');
    expect(placed).toContain(waiting);
  });

  it('confirms an out-of-date unit for its provider', async () => {
    const unit = js ? LEEDS : EXETER;
    await user.follow(user.link('Board'));
    await user.follow(staleUnits().getByRole('link', { name: unit }));
    await user.press('Confirm nothing has changed');
    expect(await user.text()).toContain(`${unit} confirmed`);
    await user.follow(user.link('Board'));
    expect(
      await user.page.locator('#stale').locator('xpath=following-sibling::*[1]').textContent(),
    ).not.toContain(unit);
  });
});
