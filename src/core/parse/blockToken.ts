import type { Token } from 'markdown-it';

/**
 * What the plan builder reads of a block token. markdown-it's tokens have these fields and more (`info`,
 * `attrs`, `hidden`...); the block scanner's have exactly these, so nothing reads another field of a block token.
 */
export interface BlockToken {
  readonly type: string;
  readonly tag: string;
  readonly level: number;
  readonly map: [number, number] | null;
  /** An inline token's text; a fence's code (markdown-it's code blocks and HTML blocks too); '' elsewhere. */
  readonly content: string;
  readonly markup: string;
  /** An inline token's inline tokens (markdown-it's, filled by its inline pass); null elsewhere. */
  children: Token[] | null;
  /** An inline token read without the inline pass: its simple shape (see simpleInline.ts). */
  meta: unknown;
}
