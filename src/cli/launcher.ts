#!/usr/bin/env node
// The learning-plans CLI (dist/cli.js): loads the bundle, dist/cli-main.js, with the code cache the build made
// for it (see codeCache.ts). A bug's stack trace is mapped to src/cli lines when printed (stackTrace.ts).
import * as path from 'path';
import { loadBundle } from './codeCache';

const bundle = path.join(__dirname, 'cli-main.js');
(loadBundle(bundle, `${bundle}.cache`).exports as { main(): void }).main();
