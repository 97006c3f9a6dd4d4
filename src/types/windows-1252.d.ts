// The package ships typings that its `exports` map does not expose; this mirrors the part we use.
declare module 'windows-1252' {
  export function decode(input: Uint8Array | string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
