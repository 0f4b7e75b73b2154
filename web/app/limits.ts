import { RateLimiter } from '../../shared/http/rate-limit.js';
import type { Assets } from '../assets.js';
import type { Step } from './pipeline.js';
import type { Pages } from './render.js';

/**
 * Step: static files. Only the allow-list loaded at start is served (a path outside it is a
 * 404), with a year's cache: every URL names its content's hash. Deployed, CloudFront serves
 * these from S3 and this step only answers what reaches the Lambda directly.
 */
export function staticAssets(assets: Assets): Step {
  return async (x, next) => {
    if (!x.req.path.startsWith('/assets/')) return next();
    const asset = assets.get(x.req.path);
    if (!asset || (x.req.method !== 'GET' && x.req.method !== 'HEAD')) {
      return x.respond(
        404,
        { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
        'Not found',
      );
    }
    return x.respond(
      200,
      { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' },
      asset.body,
    );
  };
}

/**
 * Step: pages cost a client what API calls do (the same limiter and rate), checked before any
 * session is read, so a flood is turned away without touching the table.
 */
export function rateLimit(pages: Pages, perSecond: number | undefined, clock: () => Date): Step {
  const limiter = perSecond ? new RateLimiter(perSecond) : undefined;
  return async (x, next) => {
    if (!limiter || limiter.take(`console:${x.req.clientIp}`, clock().getTime())) return next();
    const r = pages.html(x, {
      view: 'error.njk',
      title: 'Too many requests',
      model: { heading: 'Too many requests', paragraphs: ['Wait a moment, then try again.'] },
      status: 429,
    });
    r.headers['retry-after'] = '1';
    return r;
  };
}
