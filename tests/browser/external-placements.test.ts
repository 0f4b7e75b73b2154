import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { seededPlacementId } from '../../shared/store/external-placements.js';
import { as, FIXTURE_UNITS, testApp } from '../support/app.js';
import { launch, User, WITH_AND_WITHOUT_JS } from './support.js';

/**
 * "Every occupied bed can be freed by its provider", in the console: a register seeded as a
 * typical night occupies beds with children placed before the service existed (external
 * placements); the provider finds them among its placements and discharges one.
 * Illustrative: one unit per run (ten beds, six occupied), so the two runs never meet.
 */
let app: App;
let browser: Browser;

const unit = (id: string, provider: string): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Seeded home ${id} (illustrative)`,
  providerId: provider,
  providerName: `Provider of ${id} (illustrative)`,
  beds: streamBeds({ welfare: 10 }),
});

beforeAll(async () => {
  [app, browser] = await Promise.all([
    testApp({
      seed: [unit('ext-js', 'ext-provider-js'), unit('ext-nojs', 'ext-provider-nojs')],
      seedProfile: 'typical',
    }),
    launch(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The accessible names of the placement links in the list (the table's row headers). */
async function placementLinkNames(user: User): Promise<string[]> {
  const links = user.page.locator('table th[scope="row"] a');
  const names: string[] = [];
  for (let i = 0; i < (await links.count()); i++)
    names.push(((await links.nth(i).textContent()) ?? '').replace(/\s+/g, ' ').trim());
  return names;
}

describe.each(WITH_AND_WITHOUT_JS)('a provider frees a bed occupied before go-live, $name', ({ js }) => {
  const id = js ? 'ext-js' : 'ext-nojs';
  const providerId = js ? 'ext-provider-js' : 'ext-provider-nojs';
  let user: User;
  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
  });
  afterAll(() => user.close());

  it('lists every occupied bed as a placement made outside this service, and discharges one', async () => {
    const api = as(app, 'provider', providerId);
    const occupied = (
      (await api.get(`/v1/units/${id}/beds?limit=100`)).body.items as { id: string; state: string }[]
    )
      .filter((b) => b.state === 'occupied')
      .map((b) => b.id);
    expect(occupied).toHaveLength(6);

    await user.signIn('provider', `Provider of ${id} (illustrative)`);
    await user.follow(user.link('Placements', { exact: true }).first());
    expect(await user.link('Placed outside this service').count()).toBe(occupied.length);
    // WCAG 2.4.4: each link says which placement it opens (the visible words are the same for
    // every external placement), so a screen reader's list of links tells them apart.
    const names = await placementLinkNames(user);
    expect(names).toHaveLength(occupied.length);
    expect(new Set(names).size).toBe(names.length);
    for (const bed of occupied)
      expect(names.some((n) => n.includes(`bed ${bed} at Seeded home ${id}`))).toBe(true);

    const bedId = occupied[0] as string;
    await user.visit(`/placements/${seededPlacementId(bedId)}`);
    const text = await user.text();
    expect(text).toContain('Outside this service');
    expect(text).toContain(`Seeded home ${id} (illustrative)`);
    await user.page.getByLabel('Where did the child go?').selectOption({ label: 'Foster care' });
    await user.press('Continue to discharge');
    expect(await user.text()).toContain('Are you sure the child placed outside this service has left?');
    await user.press('Confirm discharge');
    expect(await user.text()).toContain('Discharge recorded');

    const bed = (await api.get(`/v1/units/${id}/beds?limit=100`)).body.items.find(
      (b: { id: string }) => b.id === bedId,
    );
    expect(bed.state).toBe('available');
    await user.follow(user.link('Placements', { exact: true }).first());
    expect(await user.link('Placed outside this service').count()).toBe(occupied.length - 1);
  });
});
