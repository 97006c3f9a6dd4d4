// StrykerJS 9 (the last line that runs on Node 20) loads mocha's CLI helpers by extensionless paths
// (`mocha/lib/cli/run-helpers`); mocha 12 ships them as `.cjs`. Node's CommonJS resolver tries every
// registered extension, so registering `.cjs` lets those paths resolve. Loaded only by `npm run mutate`.
const Module = require('module');
if (!Module._extensions['.cjs']) Module._extensions['.cjs'] = Module._extensions['.js'];
