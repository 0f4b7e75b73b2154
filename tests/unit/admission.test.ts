import { describe, expect, it } from 'vitest';
import { Admission, AdmissionRefused } from '../../scripts/admission.js';

/** A promise the test settles by hand. */
function latch() {
  let open: () => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { done, open, fail };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('Admission', () => {
  it('lets in at most its limit and hands each freed turn to the longest waiter', async () => {
    const gate = new Admission({ inFlight: 2, queue: 10 });
    const latches = Array.from({ length: 5 }, latch);
    const started: number[] = [];
    const runs = latches.map((l, i) =>
      gate.run(async () => {
        started.push(i);
        await l.done;
        return i;
      }),
    );
    const outcomes = Promise.allSettled(runs);
    await settled();
    expect(started).toEqual([0, 1]);
    expect([gate.inFlight, gate.queued]).toEqual([2, 3]);
    latches[1]?.open();
    await settled();
    expect(started).toEqual([0, 1, 2]);
    // A failing run hands its turn on as well.
    latches[0]?.fail(new Error('boom'));
    await settled();
    expect(started).toEqual([0, 1, 2, 3]);
    for (const l of latches) l.open();
    const results = await outcomes;
    expect(results.map((r) => r.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect([gate.inFlight, gate.queued, gate.peakInFlight, gate.peakWaiting]).toEqual([0, 0, 2, 3]);
  });

  it('refuses at once when its queue is full, and takes more once there is room', async () => {
    const gate = new Admission({ inFlight: 1, queue: 1 });
    const l = latch();
    const first = gate.run(() => l.done);
    const second = gate.run(async () => 'second');
    await expect(gate.run(async () => 'third')).rejects.toBeInstanceOf(AdmissionRefused);
    l.open();
    await first;
    expect(await second).toBe('second');
    expect(await gate.run(async () => 'fourth')).toBe('fourth');
  });

  it('refuses limits that could never let a request in', () => {
    expect(() => new Admission({ inFlight: 0, queue: 5 })).toThrow();
    expect(() => new Admission({ inFlight: Number.NaN, queue: 5 })).toThrow();
  });
});
