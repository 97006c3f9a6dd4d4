import * as assert from 'assert';

/** Checks that tags open and close in order (the SVG must be well-formed XML to show as an image). */
export function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else {
      const open = stack.pop();
      assert.strictEqual(open, name, `</${name}> closes <${open ?? 'nothing'}>`);
    }
  }
  assert.deepStrictEqual(stack, [], 'every element closed');
  assert.ok(!/&(?!amp;|lt;|gt;|quot;|#39;)/.test(xml), 'every & escaped');
  // eslint-disable-next-line no-control-regex -- what XML 1.0 forbids in a document
  assert.ok(!/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xml), 'no character XML forbids');
}

/** No scripts, no event handlers, no links out: the only URL allowed is the SVG namespace. */
export function assertSelfContained(svg: string): void {
  assert.ok(!/<script|\bon[a-z]+=|javascript:|<foreignObject|<image|href=|@import/i.test(svg), 'no script, handler, foreign content or link');
  assert.deepStrictEqual(svg.match(/https?:\/\/[^"' )]+/g) ?? [], svg.includes('xmlns=') ? ['http://www.w3.org/2000/svg'] : []);
  assert.ok(!/url\((?!#)/.test(svg), 'url() only to fragments inside the file');
}
