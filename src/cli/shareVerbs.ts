/**
 * The review and sharing verbs, registered with main.ts in one line: each parses its own arguments,
 * so the rest of the CLI knows only their names and their usage text.
 */
import type { Clock } from '../core';
import { UsageError, USAGE } from './args';
import type { CliIo } from './io';
import { runReview } from './reviewCommand';
import { runBadge, runHeatmap, runReadme, runWorkflow } from './shareCommands';

type Verb = (argv: readonly string[], io: CliIo, clock: Clock) => number;

const VERBS: Record<string, Verb> = {
  review: runReview,
  heatmap: runHeatmap,
  badge: runBadge,
  readme: runReadme,
  workflow: (argv, io) => runWorkflow(argv, io),
};

/** Runs one of these verbs and returns its exit code, or null when `argv` is not for them (or asks for help or the version). */
export function runShareVerb(argv: readonly string[], io: CliIo, clock: Clock): number | null {
  const verb = Object.prototype.hasOwnProperty.call(VERBS, argv[0]) ? VERBS[argv[0]] : undefined;
  if (!verb || argv.some((a) => a === '--help' || a === '-h' || a === '--version')) return null;
  try {
    return verb(argv.slice(1), io, clock);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`learning-plans: ${error.message}\n${USAGE}`);
    return 2;
  }
}
