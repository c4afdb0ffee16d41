import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isIsoDate, resolveUserPath, SECTION, toServerSettings } from '../../src/settings';

const WS = '/home/ed/news';
const HOME = '/home/ed';
const from = (values: Record<string, unknown>) => (key: string) => values[key];

test('no settings give the server defaults', () => {
  const { settings, problems } = toServerSettings(from({}), WS, HOME);
  assert.deepEqual(settings, { minSeverity: 'info', publicationDate: null, configPath: null, debounceMs: 300 });
  assert.deepEqual(problems, []);
});

test('the defaults contributed in package.json map to the same settings as no settings', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
  const defaults = (key: string) => props[`${SECTION}.${key}`]?.default;
  for (const key of ['minSeverity', 'publicationDate', 'configPath', 'debounceMs']) {
    assert.ok(`${SECTION}.${key}` in props, `package.json contributes ${SECTION}.${key}`);
  }
  assert.deepEqual(toServerSettings(defaults, WS, HOME), toServerSettings(from({}), WS, HOME));
});

test('valid values pass through', () => {
  const { settings, problems } = toServerSettings(from({
    minSeverity: 'Warning', publicationDate: ' 2026-02-04 ', configPath: '/etc/editorial.ini', debounceMs: 750,
  }), WS, HOME);
  assert.deepEqual(settings, { minSeverity: 'warning', publicationDate: '2026-02-04', configPath: '/etc/editorial.ini', debounceMs: 750 });
  assert.deepEqual(problems, []);
});

test('an unknown severity falls back to info and is reported', () => {
  const { settings, problems } = toServerSettings(from({ minSeverity: 'fatal' }), WS, HOME);
  assert.equal(settings.minSeverity, 'info');
  assert.match(problems[0], /minSeverity: "fatal"/);
});

test("Vale's suggestion and other aliases map to the server's names", () => {
  const sev = (v: string) => toServerSettings(from({ minSeverity: v }), WS, HOME);
  assert.equal(sev('suggestion').settings.minSeverity, 'info');
  assert.equal(sev('WARN').settings.minSeverity, 'warning');
  assert.equal(sev('hint').settings.minSeverity, 'hint');
  assert.deepEqual(sev('suggestion').problems, []);
});

test('a malformed or impossible publication date is ignored and reported', () => {
  for (const bad of ['Feb 4, 2026', '2026-2-4', '2026-02-30', '2026-13-01']) {
    const { settings, problems } = toServerSettings(from({ publicationDate: bad }), WS, HOME);
    assert.equal(settings.publicationDate, null, bad);
    assert.equal(problems.length, 1, bad);
  }
});

test('debounce is rounded and clamped to 0..5000; a non-number is reported', () => {
  assert.equal(toServerSettings(from({ debounceMs: -5 }), WS, HOME).settings.debounceMs, 0);
  assert.equal(toServerSettings(from({ debounceMs: 99999 }), WS, HOME).settings.debounceMs, 5000);
  assert.equal(toServerSettings(from({ debounceMs: 120.6 }), WS, HOME).settings.debounceMs, 121);
  const r = toServerSettings(from({ debounceMs: 'soon' }), WS, HOME);
  assert.equal(r.settings.debounceMs, 300);
  assert.equal(r.problems.length, 1);
});

test('config path: relative to the workspace folder, variables and ~ expanded, empty means none', () => {
  const cfg = (p: string, ws: string | undefined = WS) => toServerSettings(from({ configPath: p }), ws, HOME).settings.configPath;
  const noFolder = (p: string) => toServerSettings(from({ configPath: p }), undefined, HOME).settings.configPath;
  assert.equal(cfg('styles/.vale.ini'), '/home/ed/news/styles/.vale.ini');
  assert.equal(cfg('${workspaceFolder}/a/../b.ini'), '/home/ed/news/b.ini');
  assert.equal(cfg('~/house.ini'), '/home/ed/house.ini');
  assert.equal(cfg('${userHome}/house.ini'), '/home/ed/house.ini');
  assert.equal(cfg('   '), null);
  assert.equal(noFolder('house.ini'), 'house.ini');
});

test('isIsoDate accepts real calendar dates only', () => {
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2026-02-29'));
  assert.ok(!isIsoDate('20260204'));
});

test('resolveUserPath keeps absolute paths and normalises them', () => {
  assert.equal(resolveUserPath('/a/./b/../c', WS, HOME), '/a/c');
  assert.equal(resolveUserPath('~', WS, HOME), HOME);
});
