import * as assert from 'assert';
import { FolderWatchers } from '../../src/extension/index/folderWatchers';

/** The index's watchers outlive its scans (src/extension/index/folderWatchers.ts): a rescan stops and starts only what changed. */
describe('FolderWatchers', () => {
  const started: string[] = [];
  const stopped: string[] = [];
  const watchers = () => new FolderWatchers<{ uri: string }, { dispose(): void }>((folder) => folder.uri, (folder) => {
    started.push(folder.uri);
    return { dispose: () => stopped.push(folder.uri) };
  });

  beforeEach(() => {
    started.length = 0;
    stopped.length = 0;
  });

  it('keeps a folder\'s watcher across scans: a rescan of the same folders starts and stops nothing', () => {
    const set = watchers();
    set.watchOnly([{ uri: 'file:///a' }, { uri: 'file:///b' }]);
    set.watchOnly([{ uri: 'file:///a' }, { uri: 'file:///b' }]);
    set.watchOnly([{ uri: 'file:///b' }, { uri: 'file:///a' }]);
    assert.deepStrictEqual([started, stopped, set.size], [['file:///a', 'file:///b'], [], 2]);
  });

  it('starts a watcher for a folder added, stops the one of a folder removed, and stops all when disposed', () => {
    const set = watchers();
    set.watchOnly([{ uri: 'file:///a' }, { uri: 'file:///b' }]);
    set.watchOnly([{ uri: 'file:///b' }, { uri: 'file:///c' }]);
    assert.deepStrictEqual([started, stopped, set.size], [['file:///a', 'file:///b', 'file:///c'], ['file:///a'], 2]);
    set.watchOnly([]);
    assert.deepStrictEqual([stopped, set.size], [['file:///a', 'file:///b', 'file:///c'], 0]);
    set.watchOnly([{ uri: 'file:///a' }]);
    set.dispose();
    assert.deepStrictEqual([started.at(-1), stopped.at(-1), set.size], ['file:///a', 'file:///a', 0]);
  });
});
