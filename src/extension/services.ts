import type { Clock } from '../core';
import type { PlanIndex } from './planIndex';
import type { PlanEditor } from './progress/planEditor';
import type { PlanTreeProvider } from './tree/planTreeProvider';

/** What features share; built once in `activate` and passed to each feature's `register`. */
export interface Services {
  readonly index: PlanIndex;
  readonly tree: PlanTreeProvider;
  readonly editor: PlanEditor;
  /** "Now", for stamps; tests may replace it through the exported API. */
  clock: Clock;
}
