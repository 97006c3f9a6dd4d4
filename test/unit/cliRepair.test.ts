// `learning-plans repair`: the extension's Repair Text Encoding from the command line, and `status` saying a plan
// holds mojibake (a learner's journal read `â€”` on GitHub while the CLI showed it repaired, and said nothing).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { tempDir } from './tempDir';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 27, 9));
  return { code, out, err };
}

// UTF-8 read as Windows-1252 and saved: `—` became `â€”`, `🎯` `ðŸŽ¯`; a BOM, CRLF, and the same text in code.
const BROKEN = '\uFEFF# Plan\r\n### Day 1 - Intro \u00E2\u20AC\u201D start\r\n- [ ] Goal \u00F0\u0178\u017D\u00AF\r\n```\r\n\u00E2\u20AC\u201D\r\n```\r\n';
const REPAIRED = '\uFEFF# Plan\r\n### Day 1 - Intro \u2014 start\r\n- [ ] Goal \u{1F3AF}\r\n```\r\n\u00E2\u20AC\u201D\r\n```\r\n';

describe('CLI repair: mojibake written back', () => {
  it('writes back every sequence that decodes to one character, byte for byte around it, nothing inside code', async () => {
    const file = path.join(tempDir('lp-repair-'), 'plan.md');
    fs.writeFileSync(file, BROKEN);
    const dry = await run('repair', file, '--dry-run');
    assert.strictEqual(dry.code, 0, dry.err);
    assert.strictEqual(dry.out, `line 2: ### Day 1 - Intro \u2014 start\nline 3: - [ ] Goal \u{1F3AF}\n${file}: nothing written (dry run); the repair would say: Repaired 2 sequences of UTF-8 read as Windows-1252 (Western); left 1 inside code\n`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), BROKEN, 'a dry run writes nothing');
    const done = await run('repair', file);
    assert.strictEqual(done.code, 0, done.err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), REPAIRED);
    assert.strictEqual((await run('repair', file)).out, `${file}: No mojibake found outside code (left 1 inside code)\n`, 'twice: nothing more');
  });

  it('lists a sequence that lost a byte with its readings, and writes the one chosen', async () => {
    const dir = tempDir('lp-repair-');
    const file = path.join(dir, 'tracker.md');
    fs.copyFileSync(path.join(FIXTURES, 'learning-journey-tracker.md'), file);
    const listed = await run('repair', file, '--dry-run');
    assert.match(listed.out, /left 1 that lost a byte \(not confirmed\)/);
    assert.match(listed.out, /1 sequence lost a byte; each could stand for any of these \(choose with --choose LINE:COLUMN=CHAR\):\n {2}356:4 {2}\u00F0\u0178\u201C {2}\u{1F4DD} \u{1F4CD} /u);
    // Listed after a write where it is then (a repair before it on its line moved it: from a review).
    const moved = path.join(dir, 'moved.md');
    fs.writeFileSync(moved, '\uFEFF# P\r\nRead the \u00E2\u20AC\u0153intro\u00E2\u20AC\uFFFD first\r\n');
    const first = await run('repair', moved);
    const at = /\n {2}(\d+:\d+) {2}\u00E2\u20AC\uFFFD {2}(\S+)/u.exec(first.out);
    assert.ok(at, first.out);
    assert.strictEqual((await run('repair', moved, '--choose', `${at[1]}=${at[2]}`)).code, 0, 'the position listed names the sequence');
    assert.strictEqual(fs.readFileSync(moved, 'utf8'), `\uFEFF# P\r\nRead the \u201Cintro${at[2]} first\r\n`);
    const chosen = await run('repair', file, '--choose', '356:4=\u{1F4DD}');
    assert.strictEqual(chosen.code, 0, chosen.err);
    assert.match(chosen.out, /1 of them had lost a byte and got the character you chose/);
    assert.strictEqual(fs.readFileSync(file, 'utf8').split('\n')[355], '## \u{1F4DD} Reflection Questions');
    // The same choice again (the shell's history): said to be there already, exit 0, nothing written (it exited 2).
    const chosenBytes = fs.readFileSync(file);
    const again = await run('repair', file, '--choose', '356:4=\u{1F4DD}');
    assert.strictEqual(again.code, 0, again.err);
    assert.match(again.err, /356:4 reads \u{1F4DD} already: nothing to choose there/u);
    assert.deepStrictEqual(fs.readFileSync(file), chosenBytes);
    // A choice that names no sequence, or a character that is none of its readings: a usage error, nothing written.
    const before = fs.readFileSync(file);
    assert.strictEqual((await run('repair', file, '--choose', '3:1=x')).code, 2);
    assert.strictEqual((await run('repair', file, '--choose', 'three')).code, 2);
    assert.deepStrictEqual(fs.readFileSync(file), before);
  });

  it('status says the active plan holds mojibake and how to repair it; a clean plan says nothing', async () => {
    const dir = tempDir('lp-repair-');
    const file = path.join(dir, 'plan.md');
    fs.writeFileSync(file, BROKEN);
    const broken = await run('status', file);
    assert.match(broken.out, /\nNote: .*plan\.md holds text saved through another code page .*shown repaired here: learning-plans repair .*plan\.md writes it back\n/);
    fs.writeFileSync(file, REPAIRED);
    assert.doesNotMatch((await run('status', file)).out, /Note:/);
    // Only a sequence that lost a byte left: repair lists it to choose for (it said "writes it back", and wrote nothing).
    fs.writeFileSync(file, '# Plan\n### Day 1 - Intro \u2014 start\n- [ ] Read \u00E2\u20AC\u0153quotes\u00E2\u20AC\uFFFD\n');
    await run('repair', file);
    assert.match((await run('status', file)).out, /\nNote: .*plan\.md holds 1 sequence of text that lost a byte in another code page, shown as the likeliest reading here: learning-plans repair .*plan\.md lists it to choose for\n/);
    // A tracker of tasks alone, its folder named: the file by its name, and the note (a trial's got neither).
    const trackers = tempDir('lp-repair-');
    fs.writeFileSync(path.join(trackers, 'tracker.md'), '# Tracker\n- [ ] \u00F0\u0178\u017D\u00AF Goal one\n- [x] two\n');
    const tracker = (await run('status', trackers)).out;
    assert.match(tracker, /\nNo days in .*tracker\.md: check a task with learning-plans toggle .*tracker\.md LINE/);
    // Its own mojibake named (it said `â€” for —`, which the file did not hold).
    assert.match(tracker, /\nNote: .*tracker\.md holds text saved through another code page \(\u00F0\u0178\u017D\u00AF for \u{1F3AF}\): learning-plans repair .*tracker\.md writes it back\n/u);
  });

  it('status of a folder says which other plans hold mojibake, on their lines; a clean plan says nothing (a trial\'s folder never told of its tracker\'s)', async () => {
    const dir = tempDir('lp-repair-');
    fs.writeFileSync(path.join(dir, 'a-plan.md'), '# Plan\n### Day 1 - Intro\n- [ ] Read\n');
    fs.writeFileSync(path.join(dir, 'b-broken.md'), BROKEN);
    fs.writeFileSync(path.join(dir, 'c-tracker.md'), '# Tracker\n- [ ] \u00F0\u0178\u017D\u00AF Goal one\n- [x] two\n');
    const result = await run('status', dir, '--today', '2026-11-30');
    assert.strictEqual(result.code, 0, result.err);
    const planLines = result.out.slice(result.out.indexOf('\nPlans:\n')).split('\n').filter((line) => line.startsWith('  '));
    assert.strictEqual(planLines.length, 3, result.out);
    assert.doesNotMatch(planLines[0], /code page/);
    for (const [line, name] of [[planLines[1], 'b-broken'], [planLines[2], 'c-tracker']]) {
      assert.match(line, new RegExp(` · text saved through another code page \\(learning-plans repair .*${name}\\.md\\)$`));
    }
    // The plan the note names is not named twice.
    const active = (await run('status', path.join(dir, 'b-broken.md'), '--today', '2026-11-30')).out;
    assert.match(active, /\nNote: .*b-broken\.md holds text saved through another code page/);
    assert.doesNotMatch(active.slice(active.indexOf('\nPlans:\n')), /code page/);
  });
});
