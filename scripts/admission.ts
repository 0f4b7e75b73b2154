/**
 * Admission control for the local server (`npm start`): at most `inFlight` requests are worked on
 * at once, the rest wait their turn in arrival order. The local server and its embedded DynamoDB
 * Local share one machine's cores; without a bound, a closed-loop load of hundreds of users has
 * hundreds of requests contending for them, every store call slows alike, and some run past the
 * store's bounded attempt budget (503) although the store is healthy. A request waiting here has
 * not started its store calls, so their budget is not spent waiting. Deployed, Lambda's own
 * concurrency (one request per instance) plays this part, so nothing here is in the Lambdas.
 *
 * The queue is bounded too: past `queue` waiting requests the server answers 503 with Retry-After
 * at once (a real overload, said as such) rather than holding sockets without limit.
 */

export interface AdmissionLimits {
  /** Requests worked on at once. */
  inFlight: number;
  /** Requests that may wait for a turn; beyond this, 503 at once. */
  queue: number;
}

/** What `npm start` uses unless LOCAL_MAX_IN_FLIGHT / LOCAL_MAX_QUEUE say otherwise (docs/performance.md). */
export const LOCAL_ADMISSION: AdmissionLimits = { inFlight: 8, queue: 2000 };

/** The queue is full: the caller answers 503 with Retry-After. */
export class AdmissionRefused extends Error {
  override readonly name = 'AdmissionRefused';
}

export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** The most requests ever worked on at once, and the most ever waiting (for tests and logs). */
  peakInFlight = 0;
  peakWaiting = 0;

  constructor(readonly limits: AdmissionLimits) {
    if (!(limits.inFlight >= 1) || !(limits.queue >= 0))
      throw new Error('admission needs inFlight ≥ 1 and queue ≥ 0');
  }

  get inFlight(): number {
    return this.running;
  }
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `work` once a turn is free; the turn is handed on however `work` ends. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.running < this.limits.inFlight) {
      this.take();
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue)
      return Promise.reject(new AdmissionRefused('the local server is at its limit of waiting requests'));
    return new Promise<void>((resolve) => {
      this.waiting.push(() => {
        this.take();
        resolve();
      });
      this.peakWaiting = Math.max(this.peakWaiting, this.waiting.length);
    });
  }

  private take() {
    this.running++;
    this.peakInFlight = Math.max(this.peakInFlight, this.running);
  }

  private leave() {
    this.running--;
    // First come, first served: the turn goes straight to the longest waiter.
    this.waiting.shift()?.();
  }
}
