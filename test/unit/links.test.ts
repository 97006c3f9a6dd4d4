import * as assert from 'assert';
import { checkLinkTarget, FileError, headingSlug, isInside, normalizePosixPath, rebaseLink, resolveLinkTarget, type LinkTarget } from '../../src/core';
import { MemoryFileSystem } from '../shared/memoryFileSystem';

const WS = '/home/me/ws';
const PLAN_DIR = '/home/me/ws/plans';

describe('resolveLinkTarget: what a plan link may open', () => {
  const table: [string, LinkTarget][] = [
    ['https://docs.delta.io/latest/', { kind: 'external', url: 'https://docs.delta.io/latest/' }],
    ['HTTP://EXAMPLE.COM', { kind: 'external', url: 'HTTP://EXAMPLE.COM' }],
    ['mailto:me@example.com', { kind: 'external', url: 'mailto:me@example.com' }],
    ['./notes.md', { kind: 'file', path: '/home/me/ws/plans/notes.md', fragment: null }],
    ['notes/day%20one.md#goals', { kind: 'file', path: '/home/me/ws/plans/notes/day one.md', fragment: 'goals' }],
    ['../README.md', { kind: 'file', path: '/home/me/ws/README.md', fragment: null }],
    ['/labs/day-031/day-031.ipynb', { kind: 'file', path: '/home/me/ws/labs/day-031/day-031.ipynb', fragment: null }],
    ['#module-1', { kind: 'anchor', fragment: 'module-1' }],
  ];
  for (const [target, expected] of table) {
    it(`opens ${target} as ${expected.kind}`, () => assert.deepStrictEqual(resolveLinkTarget(target, PLAN_DIR, WS), expected));
  }

  const refused = [
    'command:workbench.action.quit',
    'vscode://settings',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>',
    'file:///etc/passwd',
    '../../etc/passwd',
    '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '..%2f..%2f..%2fetc',
    '//evil.example/share',
    '..\\..\\x.md',
    '%E0%A4%A',
    '',
  ];
  for (const target of refused) {
    it(`refuses ${JSON.stringify(target)}`, () => assert.strictEqual(resolveLinkTarget(target, PLAN_DIR, WS).kind, 'refused'));
  }

  it('lets a mail link set only subject, body, cc and bcc (issue 14 item 11)', () => {
    for (const ok of ['mailto:me@example.com?subject=Day%2031&body=Hi', 'mailto:a@b.c?CC=d@e.f&bcc=g@h.i', 'mailto:a@b.c?']) {
      assert.strictEqual(resolveLinkTarget(ok, PLAN_DIR, WS).kind, 'external', ok);
    }
    for (const bad of ['mailto:a@b.c?attach=/etc/passwd', 'mailto:a@b.c?subject=x&Attachment=~/.ssh/id_rsa', 'mailto:a@b.c?%61ttach=/x', 'mailto:a@b.c?from=boss@corp', 'MAILTO:a@b.c?body=x&x-evil=1']) {
      const result = resolveLinkTarget(bad, PLAN_DIR, WS);
      assert.strictEqual(result.kind, 'refused', bad);
      assert.match(result.kind === 'refused' ? result.reason : '', /mail links may set only subject, body, cc and bcc/);
    }
  });

  it('does not let a sibling folder with the same prefix pass as inside', () => {
    assert.strictEqual(resolveLinkTarget('../../ws-evil/x.md', PLAN_DIR, WS).kind, 'refused');
  });
});

describe('checkLinkTarget: the one rule the extension and the CLI read links by (a learner trial\'s hostile plan)', () => {
  function workspace(): MemoryFileSystem {
    const memory = new MemoryFileSystem();
    memory.addFile('/etc/passwd', 'root:x:0:0');
    memory.addFile('/home/me/ws/plans/notes.md', '# Notes');
    memory.addLink('/home/me/ws/plans/evil', '/etc');
    return memory;
  }

  const cases: [string, LinkTarget][] = [
    ['command:workbench.action.terminal.new', { kind: 'refused', reason: "links with the 'command:' scheme are not opened from plans" }],
    ['vscode://settings', { kind: 'refused', reason: "links with the 'vscode:' scheme are not opened from plans" }],
    ['mailto:a@b.c?attach=/etc/passwd', { kind: 'refused', reason: "mail links may set only subject, body, cc and bcc, not 'attach'" }],
    ['smb://host/share', { kind: 'refused', reason: "links with the 'smb:' scheme are not opened from plans" }],
    ['ssh://host', { kind: 'refused', reason: "links with the 'ssh:' scheme are not opened from plans" }],
    ['obsidian://open?vault=x', { kind: 'refused', reason: "links with the 'obsidian:' scheme are not opened from plans" }],
    ['ftp://host/x', { kind: 'refused', reason: "links with the 'ftp:' scheme are not opened from plans" }],
    ['../../../etc/passwd', { kind: 'refused', reason: 'the file is outside the workspace folder' }],
    // The text stays inside; the disk does not: `evil -> /etc`.
    ['evil/passwd', { kind: 'refused', reason: '/home/me/ws/plans/evil is a symbolic link, which could lead outside /home/me/ws' }],
    ['evil', { kind: 'refused', reason: '/home/me/ws/plans/evil is a symbolic link, which could lead outside /home/me/ws' }],
    // What opens, as resolveLinkTarget reads it; a missing file is the editor's to report.
    ['https://example.org/docs', { kind: 'external', url: 'https://example.org/docs' }],
    ['mailto:me@example.org?subject=Day%201', { kind: 'external', url: 'mailto:me@example.org?subject=Day%201' }],
    ['notes.md#goals', { kind: 'file', path: '/home/me/ws/plans/notes.md', fragment: 'goals' }],
    ['missing.md', { kind: 'file', path: '/home/me/ws/plans/missing.md', fragment: null }],
    ['#day-1', { kind: 'anchor', fragment: 'day-1' }],
  ];
  for (const [target, expected] of cases) {
    it(JSON.stringify(target), async () => assert.deepStrictEqual(await checkLinkTarget(workspace(), target, PLAN_DIR, WS), expected));
  }

  it('takes the workspace folder as written or normalized', async () => {
    assert.deepStrictEqual(await checkLinkTarget(workspace(), 'evil/passwd', PLAN_DIR, '/home/me/./ws/'), { kind: 'refused', reason: '/home/me/ws/plans/evil is a symbolic link, which could lead outside /home/me/ws' });
  });

  it('a name it cannot inspect is refused with the port\'s words; anything else is a bug, thrown', async () => {
    const denied = Object.assign(workspace(), { stat: async () => { throw new FileError('io', 'cannot inspect /home/me/ws/plans: permission denied'); } });
    assert.deepStrictEqual(await checkLinkTarget(denied, 'notes.md', PLAN_DIR, WS), { kind: 'refused', reason: 'cannot inspect /home/me/ws/plans: permission denied' });
    assert.deepStrictEqual(await checkLinkTarget(denied, 'https://example.org', PLAN_DIR, WS), { kind: 'external', url: 'https://example.org' }, 'no disk for a web link');
    const broken = Object.assign(workspace(), { stat: async () => { throw new TypeError('bug'); } });
    await assert.rejects(checkLinkTarget(broken, 'notes.md', PLAN_DIR, WS), TypeError);
  });
});

describe('headingSlug: GitHub-style anchors', () => {
  it('lower-cases, drops punctuation and joins words with hyphens', () => {
    assert.strictEqual(headingSlug('Week 2: AI/ML Fundamentals in Data Engineering'), 'week-2-aiml-fundamentals-in-data-engineering');
    assert.strictEqual(headingSlug('Day 31 - Lakehouse vs Data Warehouse'), 'day-31---lakehouse-vs-data-warehouse');
  });
});

describe('resolveLinkTarget: exact answers, reasons included (what the learner reads)', () => {
  const cases: [string, LinkTarget, string?][] = [
    ['  ./notes.md  ', { kind: 'file', path: '/home/me/ws/plans/notes.md', fragment: null }],
    ['', { kind: 'refused', reason: 'the link is empty' }],
    ['#%E0%A4%A', { kind: 'refused', reason: 'the anchor is not valid' }],
    ['command:workbench.action.quit', { kind: 'refused', reason: "links with the 'command:' scheme are not opened from plans" }],
    ['//evil.example/share', { kind: 'refused', reason: 'network paths are not opened from plans' }],
    ['\\\\evil\\share\\x.md', { kind: 'refused', reason: 'network paths are not opened from plans' }],
    ['notes%00.md', { kind: 'refused', reason: 'the path is not valid' }],
    ['%E0%A4%A', { kind: 'refused', reason: 'the path is not valid' }],
    ['../../etc/passwd', { kind: 'refused', reason: 'the file is outside the workspace folder' }],
    ['/../../etc/passwd', { kind: 'refused', reason: 'the file is outside the workspace folder' }],
    // A query goes, a fragment stays; `http:` later in a path is no scheme.
    ['notes.md?plain=1#goals', { kind: 'file', path: '/home/me/ws/plans/notes.md', fragment: 'goals' }],
    ['notes/http:x.md', { kind: 'file', path: '/home/me/ws/plans/notes/http:x.md', fragment: null }],
    // One letter before a colon is a drive, not a scheme: a relative path inside the workspace.
    ['C:/x.md', { kind: 'file', path: '/home/me/ws/plans/C:/x.md', fragment: null }],
    ['mailto:a@b.c?subject=x&&body=y', { kind: 'external', url: 'mailto:a@b.c?subject=x&&body=y' }],
    ['mailto:a@b.c?%20subject%20=x', { kind: 'external', url: 'mailto:a@b.c?%20subject%20=x' }],
    ['mailto:a@b.c?%E0%A4%A=1', { kind: 'refused', reason: "mail links may set only subject, body, cc and bcc, not '%E0%A4%A'" }],
    ['mailto:a@b.c?from=boss', { kind: 'refused', reason: "mail links may set only subject, body, cc and bcc, not 'from'" }],
    ['http://example.com/a', { kind: 'external', url: 'http://example.com/a' }],
    ['https://example.com/search?q=1&from=x', { kind: 'external', url: 'https://example.com/search?q=1&from=x' }],
    ['/../../../../../../etc', { kind: 'refused', reason: 'the file is outside the workspace folder' }],
  ];
  for (const [target, expected] of cases) {
    it(JSON.stringify(target), () => assert.deepStrictEqual(resolveLinkTarget(target, PLAN_DIR, WS), expected));
  }

  it('reads every header a mail link may set, and no other', () => {
    for (const key of ['subject', 'body', 'cc', 'bcc']) assert.strictEqual(resolveLinkTarget(`mailto:a@b.c?${key}=x`, PLAN_DIR, WS).kind, 'external', key);
    assert.strictEqual(resolveLinkTarget('mailto:a@b.c?=x', PLAN_DIR, WS).kind, 'refused', 'an empty header name');
    for (const scheme of ['http', 'https', 'mailto']) assert.strictEqual(resolveLinkTarget(`${scheme}:x`, PLAN_DIR, WS).kind, 'external', scheme);
  });

  it('takes the workspace folder as written or normalized, and a file at its root', () => {
    assert.deepStrictEqual(resolveLinkTarget('x.md', PLAN_DIR, '/home/me/./ws'), { kind: 'file', path: '/home/me/ws/plans/x.md', fragment: null });
    assert.deepStrictEqual(resolveLinkTarget('../x.md', PLAN_DIR, '/home/me/ws/'), { kind: 'file', path: '/home/me/ws/x.md', fragment: null });
  });
});

describe('paths', () => {
  it('normalizes . and .., and refuses to climb above the root', () => {
    assert.strictEqual(normalizePosixPath('/a/./b/../c'), '/a/c');
    assert.strictEqual(normalizePosixPath('/..'), null);
    assert.strictEqual(normalizePosixPath('/a/../..'), null);
    assert.strictEqual(normalizePosixPath('/'), '/');
  });

  it('a folder holds itself and what is below it, not a sibling with its name as a prefix', () => {
    assert.strictEqual(isInside('/ws', '/ws'), true);
    assert.strictEqual(isInside('/ws/a', '/ws'), true);
    assert.strictEqual(isInside('/ws/a', '/ws/'), true);
    assert.strictEqual(isInside('/ws-evil/a', '/ws'), false);
  });

  it('headingSlug trims the title first', () => assert.strictEqual(headingSlug('  Day 1  '), 'day-1'));
});

describe('rebaseLink: a plan\'s link as a lab\'s notes write it', () => {
  const LAB = '/home/me/ws/labs/plans/p/day-001-intro';
  const table: [string, string][] = [
    ['cheatsheet.md', '../../../../plans/cheatsheet.md'],
    ['./cheatsheet.md#joins', '../../../../plans/cheatsheet.md#joins'],
    ['../slides/s1.pdf', '../../../../slides/s1.pdf'],
    ['img/a%20b.png?raw=1', '../../../../plans/img/a%20b.png?raw=1'],
    ['docs/', '../../../../plans/docs/'],
    ['../labs/plans/p/day-001-intro/day-001.ipynb', 'day-001.ipynb'],
    ['../labs/plans/p/day-001-intro/', './'],
    // Left as written: web and mail links, anchors, root paths, what climbs out of the root.
    ['https://example.com/a.md', 'https://example.com/a.md'],
    ['mailto:me@example.com', 'mailto:me@example.com'],
    ['#top', '#top'],
    ['/docs/a.md', '/docs/a.md'],
    ['../../../../../x.md', '../../../../../x.md'],
    ['', ''],
  ];
  for (const [target, expected] of table) {
    it(`${JSON.stringify(target)} -> ${JSON.stringify(expected)}`, () => assert.strictEqual(rebaseLink(target, PLAN_DIR, LAB), expected));
  }

  it('an anchor leads to the plan\'s heading when the plan is named (the notes had `#day-2`, a heading of their own)', () => {
    assert.strictEqual(rebaseLink('#day-2', PLAN_DIR, LAB, `${PLAN_DIR}/p.md`), '../../../../plans/p.md#day-2');
  });
});
