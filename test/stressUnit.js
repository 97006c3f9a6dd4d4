// `npm run test:stress`: the unit suite, 20 times in a row, while two CPU burners keep both cores busy.
// Proves that no assertion in `npm test` depends on a quiet machine (issue 22). The burners are
// started here and stopped here, by their own process ids, however this script ends.
//   RUNS=5 npm run test:stress      fewer rounds;   BURNERS=0 to compare with a quiet machine.
const { spawn, spawnSync } = require('child_process');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.RUNS || 20);
const BURNERS = Number(process.env.BURNERS ?? os.cpus().length);
const MOCHA = path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');

const burners = [];
function stopBurners() {
  for (const burner of burners.splice(0)) {
    try {
      process.kill(burner.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopBurners);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopBurners();
    process.exit(130);
  });
}

const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status || 1);

for (let i = 0; i < BURNERS; i++) {
  const burner = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
  burners.push(burner);
  console.log(`[stress] CPU burner ${i + 1} running as pid ${burner.pid}`);
}

const failures = [];
const started = Date.now();
for (let run = 1; run <= RUNS; run++) {
  const t0 = Date.now();
  const result = spawnSync(process.execPath, [MOCHA, '--reporter', 'dot'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const summary = (result.stdout.match(/\d+ passing[^\n]*|\d+ failing[^\n]*/g) || []).join(', ');
  if (result.status === 0) {
    console.log(`[stress] run ${run}/${RUNS}: ok in ${seconds}s (${summary})`);
  } else {
    failures.push(run);
    console.log(`[stress] run ${run}/${RUNS}: FAILED in ${seconds}s (${summary})\n${result.stdout.slice(-4000)}${result.stderr.slice(-2000)}`);
  }
}
stopBurners();
const total = ((Date.now() - started) / 60000).toFixed(1);
if (failures.length) {
  console.error(`[stress] ${failures.length} of ${RUNS} runs failed (runs ${failures.join(', ')}) with ${BURNERS} burners, in ${total} min`);
  process.exit(1);
}
console.log(`[stress] all ${RUNS} runs passed with ${BURNERS} CPU burners, in ${total} min`);
