import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';
import { daysFromNow, launch, User, WITH_AND_WITHOUT_JS } from './support.js';

let app: App;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([testApp(), launch()]);
  // Two requests: too few children to publish, so demand must say "fewer than 5".
  const la = as(app, 'la', 'E08000025');
  for (const childRef of ['case-4001', 'case-4002']) await la.post('/v1/requests', requestBody({ childRef }));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.each(WITH_AND_WITHOUT_JS)('a commissioner, $name', ({ js }) => {
  let user: User;

  beforeAll(async () => {
    user = await User.open(browser, app.url, js);
  });
  afterAll(() => user.close());

  /** Follows a download link and returns what came back. */
  async function download(name: string) {
    const href = (await user.link(name).getAttribute('href')) ?? '';
    const r = await user.page.request.get(new URL(href, app.url).toString());
    return {
      status: r.status(),
      type: r.headers()['content-type'],
      disposition: r.headers()['content-disposition'],
      body: await r.text(),
    };
  }

  it('sees capacity by region as a chart and a table, and downloads it as CSV', async () => {
    await user.signIn('commissioner', 'Department for Education (DfE)');
    const text = await user.text();
    expect(text).toContain('Capacity');
    const chart = user.page.locator('svg.sb-chart__svg');
    expect(await chart.locator('title').first().textContent()).toBe('Beds by state in each region');
    expect(await chart.getAttribute('aria-labelledby')).toBe(
      'capacity-by-region-title capacity-by-region-desc',
    );

    const leeds = user.page.locator('table', { hasText: 'Beds by region' }).locator('tr', {
      hasText: 'Yorkshire and The Humber',
    });
    // The Leeds fixture has 3 welfare and 2 justice beds, all free.
    expect((await leeds.locator('td').allTextContents()).map((t) => t.trim()).slice(0, 5)).toEqual([
      '5',
      '0',
      '0',
      '0',
      '5',
    ]);

    const csv = await download('Download these figures (CSV)');
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.disposition).toMatch(/^attachment; filename="capacity-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body.split('\r\n')[0]).toMatch(/^scope,stream,regionCode,available/);
  });

  it('sees usage per department against its share', async () => {
    await user.follow(user.link('Usage', { exact: true }));
    const text = await user.text();
    expect(text).toContain('By department');
    expect(text).toContain('Department for Education');
    expect(text).toContain('Agreed share');
    const csv = await download('Download these figures (CSV)');
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
  });

  it('sees demand with small counts suppressed, for a period it chooses', async () => {
    await user.follow(user.link('Demand', { exact: true }));
    expect(await user.text()).toContain('fewer than 5');

    const from = user.page.getByRole('group', { name: 'From' });
    await from.getByLabel('Day').fill('31');
    await from.getByLabel('Month').fill('2');
    await from.getByLabel('Year').fill('2026');
    await user.press('Show figures');
    expect(await user.errors()).toEqual(['The start date must be a real date']);

    const start = daysFromNow(-10);
    await from.getByLabel('Day').fill(start.day);
    await from.getByLabel('Month').fill(start.month);
    await from.getByLabel('Year').fill(start.year);
    await user.press('Show figures');
    expect(await user.errors()).toEqual([]);
    const text = await user.text();
    expect(text).toContain('By region');
    expect(text).toContain('fewer than 5');
  });

  it('never sees a child-level page', async () => {
    await user.visit('/requests');
    expect(await user.text()).toContain('You cannot see this page');
  });
});
