import * as assert from 'assert';
import { headingSlug, resolveLinkTarget, type LinkTarget } from '../../src/core';

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

describe('headingSlug: GitHub-style anchors', () => {
  it('lower-cases, drops punctuation and joins words with hyphens', () => {
    assert.strictEqual(headingSlug('Week 2: AI/ML Fundamentals in Data Engineering'), 'week-2-aiml-fundamentals-in-data-engineering');
    assert.strictEqual(headingSlug('Day 31 - Lakehouse vs Data Warehouse'), 'day-31---lakehouse-vs-data-warehouse');
  });
});
