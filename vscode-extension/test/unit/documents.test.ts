import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { documentSelector, workspacePatterns, WorkspaceResults, workspaceSummary } from '../../src/documents';

test('the selector covers Markdown and plain text, saved or untitled', () => {
  assert.deepEqual(documentSelector(''), [
    { scheme: 'file', language: 'markdown' }, { scheme: 'untitled', language: 'markdown' },
    { scheme: 'file', language: 'plaintext' }, { scheme: 'untitled', language: 'plaintext' },
  ]);
});

test('the files glob adds a pattern filter for files on disk', () => {
  const sel = documentSelector(' **/*.{story,draft} ');
  assert.equal(sel.length, 5);
  assert.deepEqual(sel[4], { scheme: 'file', pattern: '**/*.{story,draft}' });
});

test('Lint Workspace searches md, markdown, txt and the glob, one pattern each', () => {
  assert.deepEqual(workspacePatterns(''), ['**/*.md', '**/*.markdown', '**/*.txt']);
  assert.deepEqual(workspacePatterns('**/*.story'), ['**/*.md', '**/*.markdown', '**/*.txt', '**/*.story']);
});

test('workspace results survive the server clearing a closed file', () => {
  const r = new WorkspaceResults();
  r.markLinted('file:///a.md');
  assert.equal(r.onPublished('file:///a.md', 3, true), true);
  assert.equal(r.onPublished('file:///a.md', 0, false), false, 'cleared after close: keep the last results');
  assert.equal(r.onPublished('file:///a.md', 0, true), true, 'open and fixed: clear');
  assert.equal(r.onPublished('file:///b.md', 0, false), true, 'not workspace-linted: normal behaviour');
  r.clear();
  assert.equal(r.onPublished('file:///a.md', 0, false), true, 'after a restart nothing is retained');
});

test('nextPublish resolves with the count of the next publish for that file', async () => {
  const r = new WorkspaceResults();
  const a = r.nextPublish('file:///a.md', 1000);
  const b = r.nextPublish('file:///b.md', 1000);
  r.onPublished('file:///a.md', 2, true);
  r.onPublished('file:///b.md', 0, true);
  assert.equal(await a, 2);
  assert.equal(await b, 0);
});

test('nextPublish gives undefined after its timeout, and a late publish is harmless', async () => {
  const r = new WorkspaceResults();
  assert.equal(await r.nextPublish('file:///slow.md', 20), undefined);
  assert.equal(r.onPublished('file:///slow.md', 1, true), true);
});

test('the summary line counts files and problems', () => {
  assert.equal(workspaceSummary(1, 1, 0), 'EditorialLint checked 1 file: 1 problem.');
  assert.equal(workspaceSummary(12, 0, 2), 'EditorialLint checked 12 files: 0 problems (2 not answered in time).');
});
