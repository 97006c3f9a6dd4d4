import { DAY_HELP, DAY_TODAY_EXCEPTION } from './options';
import { VERBS } from './registry';
import type { Verb } from './verb';

/** Help lines are wrapped here: readable in an 80- to 120-column terminal, and no verb's text runs on for 200. */
export const HELP_WIDTH = 100;

export function verbUsage(verb: Verb): string {
  return wrapUsage(`Usage: learning-plans ${verb.usage}`, HELP_WIDTH);
}

/** `learning-plans status --help`: that verb's usage and description only, its paragraphs wrapped. */
export function verbHelp(verb: Verb): string {
  return `${verbUsage(verb)}\n\n${reflow(verb.description, HELP_WIDTH)}`;
}

/**
 * The whole --help: one line per command (its summary), what DAY means once, and where each
 * command's details are. Built from the registry so a new verb lists itself. A verb's options and
 * details are its own help (`VERB --help`): the list of all of them was 80 lines with DAY explained five times.
 */
export function usage(): string {
  const width = Math.max(...VERBS.map((v) => v.name.length)) + 2;
  // `done <file> <DAY>`, and `replan ... --skip DAY,...`: named with the option that takes it.
  const dayUsers = VERBS.flatMap((verb) => {
    const found = /(--[a-z-]+ )?<?DAY\b/.exec(verb.usage);
    return found ? [found[1] ? `${verb.name} ${found[1].trim()}` : verb.name] : [];
  });
  return [
    'Usage: learning-plans <command> [arguments] [options]',
    '',
    'Commands:',
    ...VERBS.map((verb) => `  ${verb.name.padEnd(width)} ${verb.summary}`),
    '',
    reflow(`${DAY_HELP.replace(/^DAY is/, `DAY (in ${dayUsers.slice(0, -1).join(', ')} and ${dayUsers[dayUsers.length - 1]}) is`)} ${DAY_TODAY_EXCEPTION}`, HELP_WIDTH),
    '',
    reflow('A date, in the commands that take one (all but index, repair and workflow): --today YYYY-MM-DD reads the plans as of that day, --date YYYY-MM-DD dates what a command writes; each command takes the other name for its own (done --today D is done --date D), except review, where --today picks the cards due and --date dates a grade. 07.12.2026, 13/12/2026 and yesterday work too.', HELP_WIDTH),
    '',
    "Run 'learning-plans <command> --help' (or 'learning-plans help <command>') for its options.",
    "'learning-plans --version' shows the version.",
    '',
    'Exit codes: 0 ok; 1 refused or not found (nothing written); 2 usage error or a missing path;',
    '70 an internal error (a bug: its stack trace names the source lines).',
  ].join('\n');
}

/**
 * A description's paragraphs, each filled to `width`: a line that starts with an option (`--json ...`)
 * starts a paragraph, any other line goes on with the one above. A word longer than the width stays
 * whole (a path or a URL is never cut).
 */
export function reflow(text: string, width: number): string {
  const paragraphs: string[] = [];
  for (const line of text.split('\n')) {
    const last = paragraphs.length - 1;
    if (last < 0 || line.startsWith('--') || line === '' || paragraphs[last] === '') paragraphs.push(line.trim());
    else paragraphs[last] += ` ${line.trim()}`;
  }
  return paragraphs.map((paragraph) => fill(paragraph.split(' '), width, '').join('\n')).join('\n');
}

/**
 * A usage line wrapped at `width`: breaks only between arguments (never inside `[...]` or `(...)`),
 * continuation lines indented under the verb's first argument. Lines already apart (review's three forms) stay apart.
 */
export function wrapUsage(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const words: string[] = [];
      let depth = 0;
      for (const word of line.trimStart().split(' ')) {
        if (depth > 0) words[words.length - 1] += ` ${word}`;
        else words.push(word);
        for (const c of word) depth += c === '[' || c === '(' ? 1 : c === ']' || c === ')' ? -1 : 0;
      }
      // Continuation lines start under the verb's first argument (`Usage: learning-plans status ` or `learning-plans review `).
      const lead = line.length - line.trimStart().length;
      const head = words.slice(0, words[0] === 'Usage:' ? 3 : 2).join(' ').length + 1;
      return fill(words, width, ' '.repeat(lead), ' '.repeat(lead + head)).join('\n');
    })
    .join('\n');
}

/** `words` in lines of at most `width` (a longer word has a line of its own): the first after `first`, the rest after `rest`. */
function fill(words: readonly string[], width: number, first: string, rest = first): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const indent = lines.length === 0 ? first : rest;
    if (current && indent.length + current.length + 1 + word.length > width) {
      lines.push(indent + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push((lines.length === 0 ? first : rest) + current);
  return lines;
}
