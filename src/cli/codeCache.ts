/**
 * The CLI bundle loaded with V8's code cache: the bytecode of the functions a typical run uses, made once
 * at build time (`trainCodeCache.ts`) and shipped next to the bundle. Without it every run compiles them
 * again from the 0.5 MB bundle (farm-bench, 20 pairs, 2 cores: `--version` 83 -> 71 ms, `status` of one
 * plan 113 -> 94 ms). V8 takes a cache only from the Node version that made it: under any other the CLI runs
 * as it did without one (reading and checking the file costs ~1 ms).
 *
 * V8 checks a cache against its own version, its flags and the source's length only, never the source's
 * text: a cache of another bundle of the same length would run that bundle's bytecode. So the file
 * starts with a header naming the text it was compiled from (the bundle's length and the CRC-32 of the
 * bundle in its module wrapper), and a cache that does not match, is damaged, was made by another Node
 * or under other flags (V8 rejects it) or cannot be checked (a Node without `zlib.crc32`) is not used: the
 * bundle is compiled as it would be without one. The cache is a cache.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import * as vm from 'vm';
import * as zlib from 'zlib';

/** `LPC2`: a Learning Plans code cache, layout 2 (the CRC covers the module wrapper too). */
const MAGIC = 0x4c504332;
/** Magic, the bundle's byte length, the CRC-32 of the compiled text: three unsigned 32-bit numbers, big-endian. */
const HEADER_BYTES = 12;

/** CommonJS's module wrapper, on lines of its own so that stack traces keep the bundle's lines and columns. */
const WRAP_START = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAP_END = '\n})';

type Crc32 = (data: Uint8Array | string, value?: number) => number;

/** Node's CRC-32 (Node 20.15 and 22.2 on); undefined on older ones, which then run without the cache. */
const nodeCrc32 = (zlib as { crc32?: Crc32 }).crc32;

/** The text V8 compiles for the bundle: its source in the module wrapper. */
export function wrappedText(source: Buffer): string {
  return `${WRAP_START}${source.toString('utf8')}${WRAP_END}`;
}

/** The CRC-32 of the wrapped text's UTF-8 bytes, without building them. */
function crcOfWrapped(source: Buffer, crc32: Crc32): number {
  return crc32(WRAP_END, crc32(source, crc32(WRAP_START))) >>> 0;
}

export interface LoadedBundle {
  /** What the bundle's `module.exports` holds after it ran. */
  readonly exports: unknown;
  /** The compiled bundle: the build makes the cache from it after a training run. */
  readonly script: vm.Script;
  /** The bundle's bytes as read: the build names them in the cache's header. */
  readonly source: Buffer;
  /** Whether V8 took the cache (false: no usable cache, compiled from the source). */
  readonly cacheUsed: boolean;
}

/**
 * Runs the CommonJS bundle at `bundle` as `require` would (its own `require`, `module`, `__filename`),
 * with the code cache in `cacheFile` where it is usable. Lines and columns in stack traces are the
 * bundle file's own: the module wrapper sits on a line of its own, before line 1.
 */
export function loadBundle(file: string, cacheFile: string | undefined, crc32: Crc32 | null = nodeCrc32 ?? null): LoadedBundle {
  const bundle = path.resolve(file);
  const source = fs.readFileSync(bundle);
  const cachedData = cacheFile === undefined || crc32 === null ? undefined : usableCache(cacheFile, source, crc32);
  const script = new vm.Script(wrappedText(source), { filename: bundle, lineOffset: -1, cachedData });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: { exports: unknown }, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { exports: module.exports, script, source, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** The V8 data of `cacheFile` if its header names exactly `source`; undefined if not, or if it cannot be read. */
function usableCache(cacheFile: string, source: Buffer, crc32: Crc32): Buffer | undefined {
  let file: Buffer;
  try {
    file = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (file.length <= HEADER_BYTES || file.readUInt32BE(0) !== MAGIC) return undefined;
  if (file.readUInt32BE(4) !== source.length || file.readUInt32BE(8) !== crcOfWrapped(source, crc32)) return undefined;
  return file.subarray(HEADER_BYTES);
}

/** The cache file for a loaded bundle, with what has been compiled in it so far (call it after a training run). */
export function codeCacheOf(loaded: LoadedBundle, crc32: Crc32 = requireCrc32()): Buffer {
  return codeCacheFile(loaded.source, loaded.script.createCachedData(), crc32);
}

/** A cache file: the header naming `source` in its wrapper, then V8's data. */
export function codeCacheFile(source: Buffer, v8Data: Buffer, crc32: Crc32 = requireCrc32()): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(MAGIC, 0);
  header.writeUInt32BE(source.length, 4);
  header.writeUInt32BE(crcOfWrapped(source, crc32), 8);
  return Buffer.concat([header, v8Data]);
}

function requireCrc32(): Crc32 {
  if (nodeCrc32 === undefined) throw new Error(`Node ${process.version} has no zlib.crc32 (20.15 or later): no code cache can be made`);
  return nodeCrc32;
}

/** Whether this Node can check a code cache (and so use one). */
export function canUseCodeCache(): boolean {
  return nodeCrc32 !== undefined;
}
