import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { as, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';
import { launch, User, WITH_AND_WITHOUT_JS } from './support.js';

let app: App;
let browser: Browser;

const LEEDS = 'Fixture home, Leeds (illustrative)';
// Enough beds at the Leeds fixture for both runs of the journey to hold, close and change some.
const UNITS: SeedUnit[] = FIXTURE_UNITS.map((u) =>
  u.id === 'fx-leeds' ? { ...u, beds: streamBeds({ welfare: 8, justice: 4 }) } : u,
);

interface Bed {
  id: string;
  contractedTo: string | null;
  state: string;
  etag: string;
}

const provider = () => as(app, 'provider', 'fx-provider-a');
const la = () => as(app, 'la', 'E08000025');

async function beds(): Promise<Bed[]> {
  return (await provider().get('/v1/units/fx-leeds/beds')).body.items;
}

/** A request with a hold on a Leeds welfare bed, as an LA would make through the API. */
async function heldRequest(childRef: string): Promise<string> {
  const request = await la().post('/v1/requests', requestBody({ childRef }));
  const hold = await la().post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
  expect(hold.status).toBe(201);
  return hold.body.id;
}

beforeAll(async () => {
  [app, browser] = await Promise.all([testApp({ seed: UNITS }), launch()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.each(WITH_AND_WITHOUT_JS)('a provider, $name', ({ js }) => {
  let user: User;
  const tag = js ? 'js' : 'nojs';
  // Each run works on its own justice beds, so the two runs never meet.
  const bedIndex = js ? 0 : 2;

  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
  });
  afterAll(() => user.close());

  it('sees only its own units, and confirms nothing has changed', async () => {
    await user.signIn('provider', 'Fixture provider A');
    const text = await user.text();
    expect(text).toContain('Your units and beds');
    expect(text).toContain(LEEDS);
    expect(text).not.toContain('Exeter');

    await user.press(`Confirm nothing has changed at ${LEEDS}`);
    expect(await user.text()).toContain(`${LEEDS} confirmed`);
    expect(await user.text()).toContain('just now');
  });

  it('closes a bed with a reason, and is told when a reason is missing', async () => {
    const bed = (await beds()).filter((b) => b.contractedTo === 'MoJ')[bedIndex];
    if (!bed) throw new Error('fixture has no justice bed');
    await user.follow(user.link(LEEDS, { exact: true }));
    await user.follow(user.link(`Change bed ${bed.id}`));

    await user.page.getByLabel('No, it is closed').check();
    await user.press('Save');
    expect(await user.errors()).toEqual(['Select why the bed is closed']);
    expect(await user.page.getByLabel('No, it is closed').isChecked()).toBe(true);

    await user.page.getByLabel('If it is closed, why?').selectOption({ label: 'Staffing' });
    await user.press('Save');
    expect(await user.text()).toContain(`Bed ${bed.id} is now closed (staffing)`);
    expect((await beds()).find((b) => b.id === bed.id)?.state).toBe('closed');
  });

  it('is told plainly when someone else changed the bed first', async () => {
    const bed = (await beds()).filter((b) => b.contractedTo === 'MoJ')[bedIndex + 1];
    if (!bed) throw new Error('fixture has no second justice bed');
    await user.visit(`/units/fx-leeds/beds/${bed.id}`);
    // Meanwhile the provider's own system closes it through the API.
    const changed = await provider().put(
      `/v1/units/fx-leeds/beds/${bed.id}`,
      { state: 'closed', reason: 'maintenance' },
      { 'if-match': bed.etag },
    );
    expect(changed.status).toBe(200);

    await user.page.getByLabel('No, it is closed').check();
    await user.page.getByLabel('If it is closed, why?').selectOption({ label: 'Incident' });
    await user.press('Save');
    expect(await user.errors()).toEqual([expect.stringContaining('Someone else changed this bed')]);
    expect(await user.text()).toContain('now Closed');
    expect((await beds()).find((b) => b.id === bed.id)?.state).toBe('closed');
  });

  it('declines one hold with a coded reason and accepts another', async () => {
    const declineRef = `case-${tag}-2001`;
    const acceptRef = `case-${tag}-2002`;
    await heldRequest(declineRef);
    await heldRequest(acceptRef);

    // The start page leads with what waits for a decision.
    await user.visit('/units');
    expect(await user.text()).toContain('2 children are waiting for your decision');

    await user.follow(user.link(/^Holds\b/));
    const list = await user.text();
    expect(list).toContain('Holds waiting for a decision');
    expect(list).toContain(declineRef);
    expect(list).toContain('Birmingham');

    await user.follow(user.page.locator('tr', { hasText: declineRef }).getByRole('link'));
    expect(await user.text()).toContain('14 years old');
    await user.press('Decline');
    expect(await user.errors()).toEqual(['Select why you are declining']);
    await user.page.getByLabel('Mix of children already in the home').check();
    await user.press('Decline');
    expect(await user.text()).toContain('Hold declined');
    expect(await user.text()).not.toContain(declineRef);

    await user.follow(user.page.locator('tr', { hasText: acceptRef }).getByRole('link'));
    await user.press('Accept');
    const placed = await user.text();
    expect(placed).toContain('Child accepted');
    expect(placed).toContain(acceptRef);
    expect(placed).toContain('In placement');
  });
});
