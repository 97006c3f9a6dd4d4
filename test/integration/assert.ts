// A small assert for the integration suite: Node's `assert` does not exist in the web-worker host.

export class AssertionError extends Error {}

function show(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v instanceof Map || v instanceof Set ? [...v] : v), 2) ?? String(value);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(message);
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${message ? message + ': ' : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function notStrictEqual(actual: unknown, unexpected: unknown, message?: string): void {
  if (Object.is(actual, unexpected)) throw new AssertionError(`${message ? message + ': ' : ''}expected a value other than ${show(unexpected)}`);
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!isDeepEqual(actual, expected)) {
    throw new AssertionError(`${message ? message + ': ' : ''}expected\n${show(expected)}\ngot\n${show(actual)}`);
  }
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) {
    const shown = show(actual);
    throw new AssertionError(`${message ? message + ': ' : ''}${shown.length > 400 ? shown.slice(0, 400) + '…' : shown} does not match ${pattern}`);
  }
}

/** Byte-for-byte equality (readFile may return a Buffer in the Node host and a Uint8Array in the web host). */
export function sameBytes(actual: Uint8Array, expected: Uint8Array, message?: string): void {
  const differs = actual.length !== expected.length || actual.some((byte, i) => byte !== expected[i]);
  if (differs) {
    const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    throw new AssertionError(`${message ? message + ': ' : ''}bytes differ\nexpected ${show(decode(expected))}\ngot      ${show(decode(actual))}`);
  }
}

export async function rejects(promise: Promise<unknown>, message = 'expected a rejection'): Promise<void> {
  try {
    await promise;
  } catch {
    return;
  }
  throw new AssertionError(message);
}
