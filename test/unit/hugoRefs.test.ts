// Hugo's links between pages (`[t]({{< ref "day-2.md" >}})`): a Hugo learner's links were left out, their text shown with the shortcode.
import * as assert from 'assert';
import { refTarget } from '../../src/core/parse/hugoRefs';
import { lines, parse } from './helpers';

describe('Hugo ref and relref links', () => {
  it('reads the page a shortcode names as the link\'s file, from the page\'s folder or the site\'s content folder', () => {
    const text = lines('### Day 1 - Joins', '- **Resource:** [Day 2 notes]({{< ref "day-2.md" >}})',
      '- **Read:** [Intro]({{< relref "/posts/intro" >}}) and [Docs](https://x.example)', '- [ ] read [setup]({{% ref "setup.md#install" %}})',
      '- [Odd]({{< ref "a.md" %}}) and [raw]({{< ref day-3 >}})', '');
    const day = parse(text, 'file:///site/content/posts/plan.md').days[0];
    assert.deepStrictEqual(day.links.map((l) => [l.text, l.target]), [
      ['Day 2 notes', 'day-2.md'], ['Intro', '../posts/intro.md'], ['Docs', 'https://x.example'], ['setup', 'setup.md#install'], ['raw', 'day-3.md']]);
    assert.deepStrictEqual(day.fields.map((f) => f.value), ['Day 2 notes', 'Intro and Docs']);
    assert.deepStrictEqual(day.tasks.map((t) => t.text), ['read setup']);
    // Outside a content folder a path from `/` is the workspace's, as a link's is.
    assert.deepStrictEqual(parse(text, 'file:///notes/plan.md').days[0].links[1].target, '/posts/intro.md');
  });

  it('names the file: `.md` added to a page named without it, the fragment kept', () => {
    const rows: [string, string | null, string][] = [
      ['day-2.md', null, 'day-2.md'], ['intro', null, 'intro.md'], ['/posts/intro', '../', '../posts/intro.md'], ['/posts/intro', './', './posts/intro.md'],
      ['/posts/intro', null, '/posts/intro.md'], ['#goals', null, '#goals'], ['setup#install', null, 'setup.md#install'], ['posts/', null, 'posts/'], ['v1.2/notes', null, 'v1.2/notes.md'],
    ];
    for (const [path, root, target] of rows) assert.strictEqual(refTarget(path, root), target, path);
  });

  it('an image is no link (its `!` was left before one)', () => {
    const day = parse(lines('### Day 2: ![diagram]({{< ref "er.png" >}})', '- [ ] draw'), 'file:///site/content/plan.md').days[0];
    assert.deepStrictEqual(day.links, []);
  });

  it('opens nothing a link would not: a scheme in a shortcode is refused as in a link', () => {
    const day = parse(lines('### Day 1', '- [x]({{< ref "javascript:alert(1)" >}})', '- [ok](https://ok.example)', ''), 'file:///site/content/plan.md').days[0];
    assert.deepStrictEqual(day.links.map((l) => l.target), ['https://ok.example']);
  });
});
