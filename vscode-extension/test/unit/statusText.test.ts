import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseDocumentInfo, statusView } from '../../src/statusText';

test('running with a date: the date in the item, its source and the state in the tooltip', () => {
  const v = statusView('running', { publicationDate: '2026-02-04', publicationDateSource: 'dateline on line 7' });
  assert.equal(v.text, '$(calendar) 2026-02-04');
  assert.equal(v.tooltip, 'Publication date 2026-02-04 (dateline on line 7)\nEditorialLint server: running');
  assert.equal(v.error, false);
});

test('running without a date says so', () => {
  const v = statusView('running', { publicationDate: null, publicationDateSource: null });
  assert.equal(v.text, '$(calendar) no publication date');
  assert.match(v.tooltip, /No publication date/);
});

test('running without document info shows the state only', () => {
  assert.equal(statusView('running', undefined).text, '$(check) EditorialLint');
});

test('an error is marked and explains itself in the tooltip, whatever the info', () => {
  const v = statusView('error', { publicationDate: '2026-02-04', publicationDateSource: null }, 'no .NET 10 runtime');
  assert.equal(v.error, true);
  assert.equal(v.text, '$(error) EditorialLint');
  assert.match(v.tooltip, /failed to start[\s\S]*no \.NET 10 runtime/);
});

test('starting and stopped have their own text', () => {
  assert.match(statusView('starting', undefined).text, /sync~spin/);
  assert.match(statusView('stopped', undefined).tooltip, /stopped/);
});

test('parseDocumentInfo accepts the contract and rejects other shapes', () => {
  assert.deepEqual(parseDocumentInfo({ publicationDate: '2026-02-04', publicationDateSource: 'front matter' }),
    { publicationDate: '2026-02-04', publicationDateSource: 'front matter' });
  assert.deepEqual(parseDocumentInfo({ publicationDate: null }), { publicationDate: null, publicationDateSource: null });
  assert.equal(parseDocumentInfo(null), undefined);
  assert.equal(parseDocumentInfo('2026-02-04'), undefined);
  assert.equal(parseDocumentInfo({ publicationDate: 20260204 }), undefined);
  assert.equal(parseDocumentInfo({}), undefined);
});
