// Which lines the simple-link reader takes (and so spares markdown-it's inline pass) and which it leaves to
// markdown-it, as a table. That the model is the same either way is fastPath.test.ts' property.
import * as assert from 'assert';
import { isPlainUrl, readSimpleLink } from '../../src/core/parse/simpleLink';

describe('simple link: the lines read without the inline pass', () => {
  it('takes one link with simple text around it, and says where its parts are', () => {
    const rows: [string, number, number, number][] = [
      ['**Resource:** [Delta Lake docs](https://docs.delta.io/latest/index.html)', 14, 30, 71],
      ['[t](http://x.example)', 0, 2, 20],
      ['See [the guide](https://x.example/a?b=c;d=e#f) first.', 4, 14, 45],
      ['**Docs (20 min):** [Read](https://x.example/a%20b) (optional)', 19, 24, 49],
      ["[it's](https://x.example/it's)", 0, 5, 29],
      ['[caf\u00e9 \u{1F3AF}](https://x.example#top)', 0, 8, 31],
    ];
    for (const [content, open, textEnd, urlEnd] of rows) {
      const link = readSimpleLink(content);
      assert.ok(link, content);
      assert.deepStrictEqual([link.open, link.textEnd, link.urlEnd], [open, textEnd, urlEnd], content);
      assert.strictEqual(content[open] + content[textEnd] + content[textEnd + 1] + content[urlEnd], '[](' + ')', content);
    }
  });

  it('leaves to markdown-it whatever it could read otherwise', () => {
    const rows: [string, string][] = [
      ['no link at all', 'no bracket'],
      ['[](https://x.example)', 'empty text'],
      ['[t]( https://x.example)', 'a space inside the parenthesis'],
      ['[t] (https://x.example)', 'a space before the destination: no link'],
      ['[t](https://x.example', 'no closing parenthesis'],
      ['[t](./local.md)', 'a relative destination'],
      ['[t](https://X.example/)', 'an upper-case host'],
      ['[t](https://x.example:8080/)', 'a port'],
      ['[t](https://user@x.example/)', 'a user'],
      ['[t](https://x.example/a&b)', 'an entity may start'],
      ['[t](https://x.example/a%zz)', 'a lone percent sign'],
      ['[t](https://x.example/\u00e4)', 'non-ASCII in the path'],
      ['[t](<https://x.example/>)', 'an angle-bracket destination'],
      ['[t](https://x.example/ "title")', 'a title'],
      ['[a *b*](https://x.example/)', 'emphasis in the text'],
      ['[**b**](https://x.example/)', 'a bold text'],
      ['[`c`](https://x.example/)', 'code in the text'],
      ['x[t](https://x.example/)', 'no space before the link'],
      ['**R:**[t](https://x.example/)', 'a label right before the link'],
      ['![t](https://x.example/p.png)', 'an image'],
      ['[t](https://x.example/) [u](https://y.example/)', 'a second link'],
      ['[t](https://x.example/) *', 'a star after'],
      ['[t](https://x.example/) **B:** x', 'a label after'],
      ['[t](https://x.example/) see https://y.example', 'a bare URL after (linkify)'],
      ['[t](https://x.example/) see //y.example', 'a schema-less link after (linkify)'],
      ['[t](https://x.example/)\nnext line', 'two lines'],
      ['a <b> [t](https://x.example/)', 'HTML before'],
    ];
    for (const [content, why] of rows) assert.strictEqual(readSimpleLink(content), null, why);
  });

  it('calls plain only the destinations markdown-it keeps as they are', () => {
    const url = (text: string): boolean => isPlainUrl(`(${text})`, 1, text.length + 1);
    const plain = ['https://x.example', 'http://x.example/', 'https://a-b.c0.example/p/q.html?x=1;y=2#f', 'https://x.example/a%2Fb', "https://x.example/!$+,;='~_.-:", 'https://x.example?q', 'https://x.example#f'];
    const longLabel = `https://${'b'.repeat(64)}.example/`;
    const longHost = `https://${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}/`;
    assert.strictEqual(url(`https://${'b'.repeat(63)}.example/`), true, 'a label of 63 characters');
    const not = [longLabel, longHost, 'https://', 'ftp://x.example', 'HTTPS://x.example', 'https://x.example!', 'https://x_y.example', 'https://x.example/a b', 'https://x.example/%', 'https://x.example/%2', 'https://x.example/%g0', 'https://x.example/a\\b', 'https://x.example/a(b', 'https://x.example/a*b', 'mailto:a@b.example', 'https://x.example/"q"'];
    for (const text of plain) assert.strictEqual(url(text), true, text);
    for (const text of not) assert.strictEqual(url(text), false, text);
  });
});
