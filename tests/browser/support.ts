import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { takeConsoleViolations } from '../support/contract.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless, with nothing that phones home. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const WITH_AND_WITHOUT_JS = [
  { js: true, name: 'with JavaScript' },
  { js: false, name: 'without JavaScript' },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page as it is now (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) and fails on any
 * serious or critical violation, naming the rule and the elements.
 *
 * With JavaScript disabled, Chromium runs no timers, so axe cannot finish inside that page: its
 * HTML (scripts removed, so it stays the no-JavaScript page) is checked in a `checker` page of a
 * JavaScript-enabled context instead, with the same stylesheets.
 */
export async function expectAccessible(page: Page, checker?: Page): Promise<void> {
  let target = page;
  if (checker) {
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    await checker.setContent(html, { waitUntil: 'load' });
    target = checker;
  }
  // Not page.addScriptTag: the console's CSP rightly refuses an inline script. The driver
  // evaluates the same source instead, with the CSP still in force.
  if (!(await target.evaluate(() => 'axe' in globalThis))) await target.evaluate(AXE);
  const violations = await target.evaluate(async () => {
    // In the page: axe-core's global and the document (this file is compiled without DOM types).
    const { axe, document } = globalThis as unknown as {
      axe: { run: (context: unknown, options: object) => Promise<{ violations: unknown[] }> };
      document: unknown;
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  });
  const serious = (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  expect(serious, `axe on ${page.url()}`).toEqual([]);
  await expectReflow(target, page.url());
}

/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide the page must not scroll sideways. A wide table may
 * scroll inside its own labelled region, so only the page's own width counts. On failure, names
 * the widest elements that stick out, to say what to fix.
 */
async function expectReflow(target: Page, url: string): Promise<void> {
  const before = target.viewportSize();
  await target.setViewportSize({ width: 320, height: before?.height ?? 900 });
  const overflow = await target.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: {
        documentElement: { scrollWidth: number; clientWidth: number };
        querySelectorAll: (s: string) => Iterable<{
          getBoundingClientRect: () => { right: number };
          tagName: string;
          className: string;
          closest: (s: string) => unknown;
        }>;
      };
    };
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth <= clientWidth) return null;
    const culprits = [...document.querySelectorAll('body *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > clientWidth + 1 &&
          !(
            e as unknown as { parentElement: { closest: (s: string) => unknown } | null }
          ).parentElement?.closest('.sb-table-scroll'),
      )
      .slice(-5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]}:${Math.round(e.getBoundingClientRect().right)}`,
      );
    return { scrollWidth, culprits };
  });
  if (before) await target.setViewportSize(before);
  expect(overflow, `page scrolls sideways at 320 px: ${url}`).toBeNull();
}

/**
 * One user in one browser context, who checks every page they land on with axe.
 * Navigation helpers wait for the new page, then run the check.
 */
export class User {
  /** Script errors and console errors (a CSP violation is one) seen since the last page was checked. */
  private readonly problems: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly base: string,
    private readonly checker?: Page,
  ) {
    page.on('pageerror', (e) => this.problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // An error page's own status (a 403 or 404 the test asked for) is not a script error.
      const ownStatus = m.text().startsWith('Failed to load resource') && m.location().url === page.url();
      if (m.type() === 'error' && !ownStatus)
        this.problems.push(`console: ${m.text()} (${m.location().url})`);
    });
  }

  /** Each page loads with no script errors and passes axe. */
  private async check(): Promise<void> {
    await expectAccessible(this.page, this.checker);
    expect(this.problems.splice(0), `script errors on ${this.page.url()}`).toEqual([]);
    expect(
      takeConsoleViolations(),
      `API answers the console received for ${this.page.url()} that break openapi.json`,
    ).toEqual([]);
  }

  static async open(browser: Browser, base: string, javaScriptEnabled: boolean): Promise<User> {
    const viewport = { width: 1100, height: 900 };
    const context = await browser.newContext({ javaScriptEnabled, viewport });
    // Fail in seconds, not at the test's timeout: the console answers locally.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    let checker: Page | undefined;
    if (!javaScriptEnabled) {
      checker = await (await browser.newContext({ viewport })).newPage();
      // A page of the console's own origin, so fonts and styles load for the copies checked in it.
      await checker.goto(`${base}/assets-checker-page`);
    }
    return new User(context, page, base, checker);
  }

  /** Goes to a console path and checks the page. */
  async visit(path: string): Promise<void> {
    await this.page.goto(`${this.base}${path}`);
    await this.check();
  }

  /** Clicks something that loads a new page (a link or a form's button) and checks that page. */
  async follow(target: Locator): Promise<void> {
    await Promise.all([this.page.waitForNavigation({ waitUntil: 'load' }), target.click()]);
    await this.check();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  link(name: string | RegExp, options: { exact?: boolean } = {}): Locator {
    return this.page.getByRole('link', { name, ...options });
  }

  async press(name: string | RegExp): Promise<void> {
    await this.follow(this.button(name).first());
  }

  async signIn(role: 'la' | 'provider' | 'coordinator' | 'commissioner', orgLabel?: string): Promise<void> {
    await this.visit('/sign-in');
    const radio = {
      la: 'A local authority',
      provider: 'A provider of secure beds',
      coordinator: 'National coordination',
      commissioner: 'A government department',
    }[role];
    await this.page.getByLabel(radio).check();
    await this.press('Continue');
    if (role !== 'coordinator') {
      await this.page.getByLabel(/Which .* do you work for\?/).selectOption({ label: orgLabel ?? '' });
      await this.press('Sign in');
    }
  }

  /** Checks each option named (a radio, a checkbox) and continues to the next question. */
  async choose(...labels: string[]): Promise<void> {
    for (const label of labels) await this.page.getByLabel(label).check();
    await this.press('Continue');
  }

  /** Types a date into the Day, Month and Year boxes of the group named `legend`, or of the page. */
  async fillDate(d: { day: string; month: string; year: string }, legend?: string | RegExp): Promise<void> {
    const scope = legend === undefined ? this.page : this.page.getByRole('group', { name: legend });
    await scope.getByLabel('Day').fill(d.day);
    await scope.getByLabel('Month').fill(d.month);
    await scope.getByLabel('Year').fill(d.year);
  }

  /** The main content's text, whitespace collapsed, for assertions. */
  async text(): Promise<string> {
    return ((await this.page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
  }

  /** The error summary's items. */
  async errors(): Promise<string[]> {
    return (await this.page.locator('.govuk-error-summary__list li').allInnerTexts()).map((t) => t.trim());
  }

  async close(): Promise<void> {
    await this.checker?.context().close();
    await this.context.close();
  }
}

/** `YYYY-MM-DD` so many days from now (UTC), for dates typed into forms. */
export function daysFromNow(days: number): { iso: string; day: string; month: string; year: string } {
  const d = new Date(Date.now() + days * 86_400_000);
  const iso = d.toISOString().slice(0, 10);
  return {
    iso,
    day: String(d.getUTCDate()),
    month: String(d.getUTCMonth() + 1),
    year: String(d.getUTCFullYear()),
  };
}
