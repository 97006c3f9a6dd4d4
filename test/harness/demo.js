// `npm run demo`: try the extension in a real VS Code workbench in your browser, no VS Code desktop needed.
// Packages the extension, installs it into a fresh code-server on 127.0.0.1 (as a user would install the
// .vsix: VS Code behaves as it does for users, notifications included) with a copy of the sample plans
// and a weekly journal open, and prints the address.
const { makeRunFolders, startCodeServer, log } = require('./codeServer');
const { installExtension, packageExtension } = require('./vsix');

async function main() {
  // The Welcome page lists the extension's walkthrough ("Get Started with Learning Plans"), as a fresh VS Code does.
  const folders = makeRunFolders('demo', { startupEditor: 'welcomePage' });
  installExtension(folders, packageExtension(), { browser: false });
  const server = await startCodeServer(folders, { browser: false });
  const url = `${server.url}/?folder=${encodeURIComponent(folders.workspace)}`;
  log(`workspace (a copy of the sample plans): ${folders.workspace}`);
  console.log(`\nOpen this address in a browser on this machine:\n\n  ${url}\n\nPress Ctrl-C to stop.`);
  // Ctrl-C stops code-server too (codeServer.js stops every server it started when the process ends).
  server.child.on('exit', (code) => {
    console.error(`code-server exited (${code}).`);
    process.exit(code || 1);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
