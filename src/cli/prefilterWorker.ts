// The pre-filter's worker thread (see prefilterJob.ts), bundled apart as dist/cli-prefilter.js: it loads
// the reader and the pre-filter only, not the CLI.
import { workerData } from 'worker_threads';
import { judgeFromTheEnd, type PrefilterJob } from './prefilterJob';

judgeFromTheEnd(workerData as PrefilterJob);
