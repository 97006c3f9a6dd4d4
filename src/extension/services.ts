import type { PlanIndex } from './planIndex';
import type { PlanTreeProvider } from './tree/planTreeProvider';

/** What features share; built once in `activate` and passed to each feature's `register`. */
export interface Services {
  readonly index: PlanIndex;
  readonly tree: PlanTreeProvider;
}
