import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LANGUAGES, vocabularyOf } from '../../src/core/grammar/keywords';
import { mayBePlan, planSignals } from '../../src/core/grammar/signals';
import { parse } from './helpers';

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

describe('plan signals (the reference of a pre-filter)', () => {
  const root = path.join(__dirname, '..', '..', '..', 'test');
  const files = ['fixtures', 'formats'].flatMap((folder) =>
    fs.readdirSync(path.join(root, folder), { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => path.join(root, folder, f)));

  it('every fixture that is a plan holds a signal; the list holds the keywords and boxes', () => {
    assert.ok(files.length > 20);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      if (parse(text, `file://${file}`).isPlan) assert.ok(mayBePlan(text, path.basename(file)), file);
    }
    for (const signal of ['[ ]', 'day', 'd\u00eda', '\u5929', '\uc77c\ucc28', 'monday', 'learning']) assert.ok(planSignals().includes(signal), signal);
  });

  it('a dated log is a plan only with a learning word, which may sit in its file name alone', () => {
    const log = '## 2024-01-05\nnotes\n## 2024-01-06\nnotes\n';
    assert.strictEqual(parse(log, 'file:///ws/notes.md').isPlan, false);
    assert.strictEqual(parse(log, 'file:///ws/learning-log.md').isPlan, true);
    assert.ok(mayBePlan(log, 'learning-log.md'));
  });
});
