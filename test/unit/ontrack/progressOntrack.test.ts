import * as assert from 'assert';
import { renderProgressHtml, summarizeToday } from '../../../src/core';
import { lines, parse } from '../helpers';

describe('progress page: rest days, the schedule, studied next to planned time', () => {
  const text = lines(
    '---', 'start: 2026-11-16', '---', '# Plan', '## Week 1',
    '### Day 1 - Select \u2705 2026-11-16', '- [x] Read (30 min)', '- \u23F1 2026-11-16 19:00-19:45 (45 min)',
    '### Day 2 - Joins', '- [ ] Read (1 h)', '- \u23F8 2026-11-17', '- \u23F1 2026-11-18 20:00-20:20 (20 min)',
    '### Day 3 - Group By', '- [ ] Read (30 min)',
  );
  const plan = parse(text);
  const render = (today: string): string => renderProgressHtml({ summary: summarizeToday([plan], { today }), plans: [plan], cspSource: 'x', nonce: 'n' });

  it('names the rest days the streak passed over, and how far behind the schedule is', () => {
    const html = render('2026-11-18');
    assert.match(html, /<strong>2<\/strong>current streak/, '16, rest on 17 (passed over, not counted), 18 (a session counts as study)');
    assert.match(html, /Rest days passed over: 1 \(2026-11-17\) · on schedule · ends 2026-11-19/, 'the pause moved Day 2 to the 18th');
    assert.match(render('2026-11-20'), /2 days behind schedule · was to end 2026-11-19/);
  });

  it('shows the logged minutes of the plan and its modules next to their estimates', () => {
    const html = render('2026-11-18');
    assert.deepStrictEqual(html.match(/<span class="count">[^<]*/g), ['<span class="count">1/3 days · 1 h 5 min of 2 h studied']);
    const none = parse(lines('### Day 1', '- [ ] Read (30 min)'));
    assert.match(renderProgressHtml({ summary: summarizeToday([none], { today: '2026-11-18' }), plans: [none], cspSource: 'x', nonce: 'n' }), /<span class="count">0\/1 days<\/span>/, 'nothing logged: no time shown');
  });

  it('says a rest day today holds the streak', () => {
    const rest = parse(lines('### Day 1 \u2705 2026-11-16', '- \u23F8 2026-11-17', '### Day 2'));
    const html = renderProgressHtml({ summary: summarizeToday([rest], { today: '2026-11-17' }), plans: [rest], cspSource: 'x', nonce: 'n' });
    assert.match(html, /Rest day today: the streak holds\./);
    assert.match(html, /<strong>1<\/strong>current streak/);
  });
});
