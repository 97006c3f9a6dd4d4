// Preloaded into a measured process (`node --require reportRss.js ...`): prints its peak RSS on stderr as it exits.
import * as fs from 'fs';

process.on('exit', () => fs.writeSync(2, `\nmaxrss ${process.resourceUsage().maxRSS}\n`));
