import * as assert from 'assert';
import { runCli } from '../../src/cli/main';
import { DAY_HELP } from '../../src/cli/options';
import { VERBS } from '../../src/cli/registry';
import { HELP_WIDTH, reflow, usage, verbHelp, wrapUsage } from '../../src/cli/usage';

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: () => undefined });
  return { code, out };
}

/** The words of a text in order, whatever its line breaks and indentation. */
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

describe('CLI: help reads in a terminal (a learner\'s report: 78 lines, DAY explained five times, lines of 200)', () => {
  it('--help lists every command once with its summary and says what DAY means once', async () => {
    const help = await run('--help');
    assert.strictEqual(help.code, 0);
    for (const verb of VERBS) {
      assert.ok(help.out.includes(`\n  ${verb.name.padEnd(10)} ${verb.summary}\n`), verb.name);
      assert.ok(verb.summary.length <= 72, `${verb.name}'s summary fits a line beside its name`);
    }
    assert.strictEqual(help.out.split('a day number (31').length - 1, 1, 'DAY explained once');
    assert.match(help.out, /DAY \(in done, undone, replan --skip, log, lab, links and show\) is a day number/);
    assert.match(help.out.replace(/\n/g, ' '), /For undone and log, today is the day marked complete today/, 'where today means another day, the page says so');
    assert.match(help.out, /Run 'learning-plans <command> --help'/);
    assert.ok(help.out.split('\n').length <= 40, `${help.out.split('\n').length} lines`);
    assert.strictEqual((await run('help')).out, help.out);
    assert.strictEqual(usage() + '\n', help.out);
  });

  it('no help line is wider than the width unless one word is (a path is never cut)', () => {
    for (const text of [usage(), ...VERBS.map(verbHelp)]) {
      for (const line of text.split('\n')) assert.ok(line.length <= HELP_WIDTH || !line.trim().includes(' '), `${line.length}: ${line}`);
    }
  });

  it('wrapping keeps every word of every description and usage, in order', () => {
    for (const verb of VERBS) {
      assert.deepStrictEqual(words(reflow(verb.description, HELP_WIDTH)), words(verb.description), verb.name);
      assert.deepStrictEqual(words(wrapUsage(verb.usage, HELP_WIDTH)), words(verb.usage), verb.name);
    }
    assert.ok(VERBS.filter((verb) => verb.usage.includes('<DAY>')).every((verb) => verb.description.includes(DAY_HELP)), 'each DAY verb says what DAY is in its own help');
  });

  it('reflow: a line starting with an option starts a paragraph; others go on with the line above', () => {
    assert.strictEqual(reflow('one two\nthree\n--json four\nfive', 100), 'one two three\n--json four five');
    assert.strictEqual(reflow('aa bb cc dd', 5), 'aa bb\ncc dd');
    assert.strictEqual(reflow('a https://example.com/a/very/long/path b', 10), 'a\nhttps://example.com/a/very/long/path\nb');
    assert.strictEqual(reflow('first\n\nsecond', 100), 'first\n\nsecond');
  });

  it('wrapUsage breaks between arguments only, under the verb\'s first argument', () => {
    assert.strictEqual(
      wrapUsage('Usage: learning-plans replan <file> (--shift N | --spread K) [--today YYYY-MM-DD] [--json [--pretty]]', 60),
      'Usage: learning-plans replan <file> (--shift N | --spread K)\n                             [--today YYYY-MM-DD]\n                             [--json [--pretty]]',
    );
    assert.strictEqual(wrapUsage('       learning-plans review --show <card> [--root DIR]', 45), '       learning-plans review --show <card>\n                             [--root DIR]');
  });
});
