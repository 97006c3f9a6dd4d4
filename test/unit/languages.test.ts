import * as assert from 'assert';
import { LANGUAGES, vocabularyOf } from '../../src/core/grammar/keywords';

/** The keyword file is data a contributor edits: it must stay well formed. */
describe('languages.json', () => {
  it('has the 16 languages of issue 17, each with a day, week and module word and seven weekdays', () => {
    assert.deepStrictEqual(Object.keys(LANGUAGES).sort(), ['de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'tr', 'uk', 'vi', 'zh']);
    for (const [code, block] of Object.entries(LANGUAGES)) {
      assert.ok(block.day && block.day.length > 0, `${code}: day`);
      assert.ok(block.week && block.week.length > 0, `${code}: week`);
      assert.ok(block.module && block.module.length > 0, `${code}: module`);
      assert.strictEqual(block.weekdays?.length, 7, `${code}: weekdays`);
      if (block.months && block.months.length > 0) assert.strictEqual(block.months.length, 12, `${code}: months`);
    }
  });

  it('compiles: no spelling names two months or two weekdays (the compiler throws if one does)', () => {
    const vocabulary = vocabularyOf();
    assert.strictEqual(vocabulary.months.get('january'), 1);
    assert.strictEqual(vocabulary.months.get('stycznia'), 1);
    assert.strictEqual(vocabulary.weekdays.get('sunday'), 7);
    assert.ok(vocabulary.words.get('d\u00eda')?.includes('day'));
    assert.ok(vocabulary.templates.some((t) => t.kind === 'day' && t.pattern.source.includes('\u5929')));
  });
});
