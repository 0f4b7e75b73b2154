import { afterEach, expect } from 'vitest';
import { takeConsoleViolations } from './contract.js';

/**
 * Every test fails if the console received, in-process, an API answer that breaks openapi.json
 * (./contract.ts, checkedRouter): the browser suite's pages are held to the document as the
 * integration suite's HTTP calls are. Browser tests also check after each page (User.check), to
 * name the page; this catches what happened between pages.
 */
afterEach(() => {
  expect(takeConsoleViolations(), 'API answers the console received that break openapi.json').toEqual([]);
});
