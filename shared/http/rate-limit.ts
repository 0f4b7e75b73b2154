/**
 * A per-client token bucket for one process: the API router and the console's pages both use it,
 * so a page costs a client what an API call does. Deployed, WAF's rate rules stand in front of
 * both (one instance's buckets can't see the others').
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perSecond: number) {}
  take(client: string, now: number): boolean {
    const b = this.buckets.get(client) ?? { tokens: this.perSecond, at: now };
    b.tokens = Math.min(this.perSecond, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(client, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
