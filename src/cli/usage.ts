import { VERBS } from './registry';
import type { Verb } from './verb';

export function verbUsage(verb: Verb): string {
  return `Usage: learning-plans ${verb.usage}`;
}

/** `learning-plans status --help`: that verb's usage and description only. */
export function verbHelp(verb: Verb): string {
  return `${verbUsage(verb)}\n\n${verb.description}`;
}

/** The full --help text, built from the registry so a new verb documents itself. */
export function usage(): string {
  const width = Math.max(...VERBS.map((v) => v.name.length)) + 2;
  const describe = (verb: Verb): string => {
    const [first, ...rest] = verb.description.split('\n');
    return [`  ${verb.name.padEnd(width)} ${first}`, ...rest.map((line) => `  ${' '.repeat(width)} ${line}`)].join('\n');
  };
  return [
    'Usage:',
    ...VERBS.map((verb) => `  learning-plans ${verb.usage}`),
    '',
    ...VERBS.map(describe),
    `  ${'--help'.padEnd(width)} Show this help.  --version   Show the version.`,
    '',
    'Exit codes: 0 ok; 1 refused or not found (nothing written); 2 usage error or a missing path;',
    '70 an internal error (a bug: its stack trace names the source lines).',
  ].join('\n');
}
