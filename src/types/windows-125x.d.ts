// The Windows code-page packages (by the author of `windows-1252`). The 3.x ones ship typings that their
// `exports` map does not expose, the older ones none; all decode a byte string the same way.
declare module 'windows-1250' {
  export function decode(input: Uint8Array | string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
declare module 'windows-1251' {
  export function decode(input: Uint8Array | string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
declare module 'windows-1253' {
  export function decode(input: string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
declare module 'windows-1254' {
  export function decode(input: Uint8Array | string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
declare module 'windows-1255' {
  export function decode(input: string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
declare module 'windows-1256' {
  export function decode(input: string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
declare module 'windows-1257' {
  export function decode(input: string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
declare module 'windows-1258' {
  export function decode(input: Uint8Array | string, options?: { mode?: 'replacement' | 'fatal' }): string;
}
