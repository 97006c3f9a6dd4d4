import * as fs from 'fs';
import { describeError, formatSize } from './errorText';

export type BytesRead = { readonly bytes: Uint8Array } | { readonly warning: string };

const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = fs.constants.O_NONBLOCK ?? 0;

/**
 * Reads many files one after another (`index`, `status` over a vault), synchronously into one buffer
 * that grows to the largest file: no promise, no allocation per file. Measured on a 20,000-note vault
 * (100 MB): 0.27 s, against 2.3-4.5 s through `fs.promises` with 1 to 32 reads in flight (every
 * promise-based call is a round trip through libuv's thread pool) and 0.56 s with `readFileSync`.
 *
 * The same guarantees as the file-system port's read: a final symbolic link is not followed (a file
 * named on the command line is resolved first, as it may be a link), a FIFO or device cannot block
 * the open and is refused, a file over the size limit is not read, `/proc` files reporting size 0 are
 * read to their end (one byte past the limit at most).
 */
export class SequentialReader {
  private buffer = Buffer.allocUnsafe(256 * 1024);

  /** The file's bytes, a view valid until the next read; or a warning to print. `named`: the user named this file. */
  read(file: string, maxBytes: number, named: boolean): BytesRead {
    let target = file;
    if (named) {
      try {
        target = fs.realpathSync(file);
      } catch (error) {
        return { warning: isMissing(error) ? `no such file: ${file}` : `cannot find ${file}: ${describeError(error)}` };
      }
    }
    let fd: number;
    try {
      fd = fs.openSync(target, fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (isMissing(error)) return { warning: `no such file: ${file}` };
      if (code === 'ELOOP' || code === 'EMLINK') return { warning: `${file} is a symbolic link` };
      return { warning: `cannot read ${file}: ${describeError(error)}` };
    }
    const tooLarge = { warning: `skipping ${file}: it is larger than ${formatSize(maxBytes)} (--max-size)` };
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return { warning: `skipping ${file}: it is not a regular file` };
      if (stat.size > maxBytes) return tooLarge;
      this.reserve(Math.min(stat.size || 64 * 1024, maxBytes) + 1);
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) {
          if (length > maxBytes) return tooLarge;
          this.reserve(Math.min(this.buffer.length * 2, maxBytes + 1), length);
        }
        const read = fs.readSync(fd, this.buffer, length, this.buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      if (length > maxBytes) return tooLarge;
      return { bytes: new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, length) };
    } catch (error) {
      return { warning: `cannot read ${file}: ${describeError(error)}` };
    } finally {
      fs.closeSync(fd);
    }
  }

  /** A buffer of at least `size` bytes, keeping the first `keep`. */
  private reserve(size: number, keep = 0): void {
    if (this.buffer.length >= size) return;
    const bigger = Buffer.allocUnsafe(size);
    this.buffer.copy(bigger, 0, 0, keep);
    this.buffer = bigger;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * A binary file named `.md`: a NUL byte in its first 8 KB. Searched by `Buffer.indexOf` (a native byte search):
 * 0.7 ms for 300 plans in a cold process, against 1.6 ms for `Uint8Array.includes`.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).indexOf(0) !== -1;
}
