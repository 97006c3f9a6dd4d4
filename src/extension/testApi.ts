import type { Clock } from '../core';
import type { Services } from './services';
import type { PickLinks, TestSeams } from './testSeams';

/**
 * The internals the integration suite drives, returned by `activate` only in test mode. Setting
 * `clock`, `trust` or `pickLinks` replaces the test seams (see testSeams.ts).
 */
export interface LearningPlansTestApi extends Omit<Services, 'clock' | 'trust' | 'pickLinks'> {
  clock: Clock;
  trust: { isTrusted(): boolean };
  pickLinks: PickLinks | undefined;
  /** Resolves when the first workspace scan has finished. */
  readonly ready: Promise<void>;
  /** How long `activate` took, in milliseconds (it does no workspace-wide work before returning). */
  readonly activationMs: number;
}

export function testApi(services: Services, seams: TestSeams, ready: Promise<void>, activationMs: number): LearningPlansTestApi {
  const internals: Record<string, unknown> = { ...services };
  delete internals.clock;
  delete internals.trust;
  delete internals.pickLinks;
  return Object.defineProperties({ ...internals, ready, activationMs } as LearningPlansTestApi, {
    clock: { get: () => seams.clock, set: (value: Clock) => (seams.clock = value), enumerable: true },
    trust: { get: () => seams.trust, set: (value: { isTrusted(): boolean }) => (seams.trust = value), enumerable: true },
    pickLinks: { get: () => seams.pickLinks, set: (value: PickLinks | undefined) => (seams.pickLinks = value), enumerable: true },
  });
}
