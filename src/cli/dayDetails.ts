// What a day asks, as `status` prints the current day and `show` any day: its fields (with the links on their
// lines), its other links and its tasks, in the plan's order.
import { allLinks, allTasks, fieldLinks, isDayMark, type FileSystemPort, type PlanNode } from '../core';
import { checkedLinks, type CheckedLink } from './verbs/links';
import { field, shellWord } from './output';

export const BOX: Record<string, string> = { open: '[ ]', done: '[x]', inProgress: '[/]', cancelled: '[-]' };
/** How many lines `status` gives the current day (`show` gives them all). */
const DAY_LINES = 15;

/** After a link the extension would not open (and `links` leaves out), its words: ` (not opening: <reason>)`. */
function refusal(link: CheckedLink): string {
  return link.refused === null ? '' : ` (not opening: ${field(link.refused)})`;
}

/**
 * The day's fields, links and tasks, each on a line indented by two; a link to a file as `links` gives it (from the
 * working folder), a link `links` leaves out marked. Over `limit` lines, the last says how many more there are.
 */
export async function dayLines(day: PlanNode, file: string, files: FileSystemPort, limit = DAY_LINES): Promise<string[]> {
  const links = await checkedLinks(allLinks(day), file, files);
  const onFields = new Set<CheckedLink>();
  const fields = day.fields.map((f) => {
    const own = fieldLinks(day, f, links);
    for (const link of own) onFields.add(link);
    const targets = own.map((l) => ` <${field(l.shown)}>${refusal(l)}`).join('');
    return { line: f.line, text: `  ${field(f.name)}${f.detail ? ` (${field(f.detail)})` : ''}: ${field(f.value)}${targets}`.trimEnd(), heads: f.value === '' && targets === '' };
  });
  // A link no field holds is listed on its own (a table row's title cell's).
  const others = links.filter((l) => !onFields.has(l)).map((l) => {
    const target = field(l.shown);
    // A bare address is its own text: once (`https://x <https://x>` said it twice).
    return { line: l.line, text: (l.text === l.target ? target : `${field(l.text)} <${target}>`) + refusal(l), link: true };
  });
  // A heading that is a task (`### [ ] Day 3`) is the day itself, not one of its tasks.
  // Each with its line: what `toggle FILE LINE` takes (a learner had to find it with grep).
  const tasks = allTasks(day).filter((t) => !isDayMark(day, t)).map((t) => ({ line: t.line, text: `  ${BOX[t.status]} ${field(t.text)}  (line ${t.line + 1})`, task: true }));
  // In the plan's order: links nested under `- **Resources:**` follow it (a learner saw an empty `Resources:`
  // with its links at the bottom), indented under it. A link on a task's own line follows the task, under it
  // (printed before it, it read as the task above's).
  type Entry = { line: number; text: string; heads?: boolean; link?: boolean; task?: boolean };
  let under = false;
  let taskLine = -1;
  const lines = ([...fields, ...others, ...tasks] as Entry[]).sort((a, b) => a.line - b.line || Number(a.link === true) - Number(b.link === true)).map((entry) => {
    if (!entry.link) {
      under = entry.heads === true;
      taskLine = entry.task ? entry.line : -1;
      return entry.text;
    }
    return `${under || entry.line === taskLine ? '    ' : '  '}${entry.text}`;
  });
  return lines.length <= limit ? lines : [...lines.slice(0, limit - 1), `  ... ${lines.length - limit + 1} more lines (learning-plans show ${shellWord(file)} line:${day.line + 1})`];
}
