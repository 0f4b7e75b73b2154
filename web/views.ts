import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { GOVUK_DIST } from './assets.js';

const VIEWS = fileURLToPath(new URL('./views/', import.meta.url));

export type Render = (template: string, model: object) => string;

/**
 * Nunjucks over our views and govuk-frontend's macros (`govuk/components/…`), autoescaping
 * everything. Templates get view models only: no filters that format or fetch.
 */
export function createViews(): Render {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([VIEWS, GOVUK_DIST]), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  return (template, model) => env.render(template, model);
}
