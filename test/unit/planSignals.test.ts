// What a file says about itself beyond its structure (src/core/parse/planSignals.ts): tables of inputs and
// answers. Its mutants survived while these were only reached through whole plans.
import * as assert from 'assert';
import { frontMatterTitle, isExpression, speaksOfLearning } from '../../src/core/parse/planSignals';

describe('plan signals', () => {
  it('a learning word in a file name or title, in any language of languages.json', () => {
    const cases: [string, boolean][] = [
      ['Team sync', false],
      ['learning-log', true],
      ['my_study_notes', true],
      ['Dev log 2024', true],
      ['dev-log', true],
      ['log-dev', false], // two-word words are read in their order
      ['the-dev', false],
      ['100 Days of Code', true],
      ['100days of code', true],
      ['100 daysof code', true],
      ['100 days ofcode', true],
      ['100 days  of\tcode', true],
      ['100daysofcode', true],
      ['My 100 days of code log', true],
      ['100 days of coding', false],
      ['\u6211\u7684\u5b66\u4e60\u7b14\u8bb0', true], // Chinese "my study notes", written without spaces
      ['\u4f1a\u8bae\u8bb0\u5f55', false], // Chinese "meeting minutes": no learning word
      ['Apprentissage du Rust', true],
    ];
    for (const [text, learning] of cases) assert.strictEqual(speaksOfLearning([text]), learning, text);
    assert.strictEqual(speaksOfLearning(['Team sync', 'study-notes']), true, 'any of the texts');
    assert.strictEqual(speaksOfLearning([]), false);
  });

  it('an expression of Dataview or Templater is no title', () => {
    const cases: [string, boolean][] = [
      ['=this.title', true],
      ['`=this.title`', true],
      ['``=this.title``', true],
      [' `=this.title` ', true],
      ['$=dv.current().file.name', true],
      ['<% tp.file.title %>', true],
      ['a = b', false],
      ['Plan <%', false],
      ['Plan $=', false],
      ['My plan', false],
    ];
    for (const [text, expression] of cases) assert.strictEqual(isExpression(text), expression, JSON.stringify(text));
  });

  it('the front matter title, when it is a plain string', () => {
    const cases: [string | null, string | null][] = [
      [null, null],
      ['tags: [a]', null],
      ['title: My plan', 'My plan'],
      ['title  : Spaced key', 'Spaced key'],
      ['title: "A   B\\n  C "', 'A B C'],
      ['title: "   "', null],
      ['title: =this.file.name', null],
      ['title: 3', null],
      ['title:\n  - a', null],
      ['subtitle: Not the title', null],
      ['title: [unclosed', null],
    ];
    for (const [frontMatter, title] of cases) assert.strictEqual(frontMatterTitle(frontMatter), title, JSON.stringify(frontMatter));
  });
});
