/**
 * A per-client token bucket for one process: the API router and the console's pages both use it,
 * so a page costs a client what an API call does. Deployed, WAF's rate rules stand in front of
 * both (one instance's buckets can't see the others').
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perSecond: number) {}
  /** Takes `cost` tokens if the client has them (a bucket holds one second's worth). */
  take(client: string, now: number, cost = 1): boolean {
    const b = this.refill(client, now);
    if (b.tokens < 1) return false;
    b.tokens -= cost;
    return true;
  }
  /** Whole seconds until the client has a token again (at least 1): the `Retry-After`. */
  retryAfter(client: string, now: number): number {
    const b = this.refill(client, now);
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
  }
  private refill(client: string, now: number) {
    const b = this.buckets.get(client) ?? { tokens: this.perSecond, at: now };
    b.tokens = Math.min(this.perSecond, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(client, b);
    return b;
  }
}
