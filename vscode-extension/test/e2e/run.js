#!/usr/bin/env node
// End-to-end test in the real VS Code workbench: code-server (VS Code 1.100) driven by headless Chromium.
// Installs the .vsix, opens the seed draft, waits for the "towardsa" diagnostic in the Problems panel and its
// squiggle in the editor, applies the quick fix, saves, and checks the file on disk now reads "towards a".
// Screenshots go to --out. Approach adapted from ../shared/clients/vscode/run_vscode.js.
//
// Usage: node run.js --vsix X.vsix --doc draft.txt [--out dir] [--server-path P]
// env: E2E_PREFIX (where setup.sh installed code-server), CHROMIUM, EXPECT (text of the Problems entry,
//      default "Spelling.JoinedWords"), EXPECT_STATUS (regex the status bar item must match), ATTEMPTS (default 2),
//      EXPECT_COUNT (Problems entries of the seed at minSeverity warning), E2E_SETTINGS (JSON, extra user settings)
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path'), net = require('net'), http = require('http');

const argv = process.argv.slice(2);
const opt = (n, d) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : d; };
const PREFIX = process.env.E2E_PREFIX || path.join(os.homedir(), '.cache/editorial-lint-e2e');
const CODE_SERVER = process.env.CODE_SERVER || path.join(PREFIX, 'cs/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VSIX = path.resolve(opt('--vsix', ''));
const DOC = path.resolve(opt('--doc', ''));
const OUT = path.resolve(opt('--out', path.join(__dirname, '../../out-test/e2e')));
const SERVER_PATH = opt('--server-path', '');
const EXPECT = process.env.EXPECT || 'Spelling.JoinedWords';
const EXPECT_STATUS = process.env.EXPECT_STATUS ? new RegExp(process.env.EXPECT_STATUS) : undefined;
// number of Problems entries the seed must have at minSeverity "warning" (the seed acceptance test says 3)
const EXPECT_COUNT = process.env.EXPECT_COUNT ? +process.env.EXPECT_COUNT : undefined;
const ATTEMPTS = +(process.env.ATTEMPTS || 2);
const WRONG = 'towardsa', RIGHT = 'towards a';
const { chromium } = require('playwright-core');

const t0 = Date.now();
const log = (msg) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
function freePort() { return new Promise(r => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); }); }
function httpStatus(url) { return new Promise(r => http.get(url, res => { res.resume(); r(res.statusCode); }).on('error', () => r(0))); }

/** Retries `fn` until it returns a truthy value or `ms` pass; returns the last value. */
async function poll(fn, ms, every = 250) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v || Date.now() > end) return v;
    await sleep(every);
  }
}

let liveServerGroup;  // pid of the running code-server's process group, for the hard timeout

/** One full scenario in a fresh code-server profile. Returns the named checks. */
async function attempt(n) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'editorial-lint-e2e-'));
  const ws = path.join(tmp, 'ws'), udd = path.join(tmp, 'user-data'), ext = path.join(tmp, 'extensions');
  for (const d of [ws, path.join(udd, 'User'), ext]) fs.mkdirSync(d, { recursive: true });
  const docName = path.basename(DOC);
  const docPath = path.join(ws, docName);
  fs.copyFileSync(DOC, docPath);
  // a second, unopened file for "Lint Workspace"
  fs.mkdirSync(path.join(ws, 'notes'));
  fs.writeFileSync(path.join(ws, 'notes', 'second.md'), '# Notes\n\nThe talks moved towardsa deal on Monday.\n');
  const original = fs.readFileSync(docPath, 'utf8');
  fs.writeFileSync(path.join(udd, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true, 'security.workspace.trust.enabled': false,
    'workbench.settings.enableNaturalLanguageSearch': false, 'chat.disableAIFeatures': true, 'window.commandCenter': false,
    'workbench.colorTheme': 'Default Light Modern', 'editor.wordWrap': 'on', 'editor.minimap.enabled': false,
    'editor.lightbulb.enabled': 'on', 'files.autoSave': 'off',
    'editorialLint.minSeverity': 'warning', 'workbench.panel.defaultLocation': 'bottom',
    ...(SERVER_PATH ? { 'editorialLint.server.path': SERVER_PATH } : {}),
    ...JSON.parse(process.env.E2E_SETTINGS || '{}'),
  }, null, 1));
  const env = {
    ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    // the default gallery is remote: point it at a dead loopback port so nothing leaves the machine
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/none', itemUrl: 'http://127.0.0.1:9/none' }),
  };
  const checks = {};
  const shot = (name) => path.join(OUT, n > 1 ? `${name}-attempt${n}.png` : `${name}.png`);

  execFileSync(CODE_SERVER, ['--extensions-dir', ext, '--user-data-dir', udd, '--install-extension', VSIX, '--force'],
    { env, stdio: ['ignore', 'pipe', 'inherit'] });
  checks.installed = fs.readdirSync(ext).some(d => d.startsWith('editorial-lint.editorial-lint-'));
  log(`extension installed: ${checks.installed}`);

  const port = await freePort();
  const logFd = fs.openSync(path.join(OUT, 'code-server.log'), 'w');
  const cs = spawn(CODE_SERVER, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy',
    '--ignore-last-opened', '--user-data-dir', udd, '--extensions-dir', ext, ws], { env, detached: true, stdio: ['ignore', logFd, logFd] });
  liveServerGroup = cs.pid;
  let browser;
  try {
    const base = `http://127.0.0.1:${port}`;
    if (!await poll(async () => cs.exitCode === null && (await httpStatus(base + '/healthz')) === 200, 60000, 200)) {
      throw new Error('code-server did not come up');
    }
    log('code-server listening');
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', e => log(`pageerror: ${e.message}`));
    await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench .explorer-folders-view .monaco-list-row', { timeout: 90000 });
    log('workbench loaded');

    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: docName }).first().dblclick();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
    log('draft opened');

    // the Problems panel lists the server's diagnostic (View: Focus Problems)
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: EXPECT }).first();
    await row.waitFor({ timeout: 90000 });
    checks.problemsEntry = (await row.innerText()).replace(/\s+/g, ' ').trim();
    if (EXPECT_COUNT !== undefined) {
      await sleep(1000);
      checks.seedProblems = await markerRows(page).count();
      log(`seed problems at warning: ${checks.seedProblems}`);
    }
    log(`problems entry: ${checks.problemsEntry}`);

    // selecting the entry reveals its range; the squiggle must lie under "towardsa" (a squiggle outside the
    // viewport is not in the DOM, hence the reveal first)
    await row.click();
    const box = await poll(() => squiggleUnderWord(page, WRONG), 20000);
    checks.squiggleUnderWord = Boolean(box);
    if (!box) throw new Error(`no squiggle under "${WRONG}"`);
    log('squiggle under the word');

    // hover shows the message; keep it in the picture
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents', { hasText: EXPECT }).first();
    checks.hover = await poll(async () => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 1);
      await hover.waitFor({ timeout: 3000 });
      return (await hover.innerText()).replace(/\s+/g, ' ').trim();
    }, 12000, 300);
    checks.hoverAll = await page.locator('.monaco-hover:not(.hidden)').first().innerText().then(t => t.replace(/\s+/g, ' ').trim()).catch(() => '');
    log(`hover: ${checks.hoverAll}`);
    await sleep(300);
    checks.statusBar = await page.locator('[id$="editorialLint.status"]').first().innerText({ timeout: 3000 }).catch(() => null);
    await page.screenshot({ path: shot('vscode-diagnostic') });
    checks.screenshot = shot('vscode-diagnostic');
    log(`screenshot; status bar: ${checks.statusBar}`);

    // quick fix: caret in the word, Ctrl+. opens the code action menu; the "towards a" fix is picked with the keys
    await page.mouse.move(5, 5);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const fixed = await poll(async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget', { hasText: RIGHT }).first();
      await menu.waitFor({ timeout: 5000 });
      // the menu's action rows (group headers are skipped by the keys); move from the focused one to the fix
      const actions = await page.locator('.action-widget .monaco-list-row.action').evaluateAll(rows =>
        rows.map(r => ({ title: (r.textContent || '').trim(), focused: r.classList.contains('focused') })));
      const target = actions.findIndex(a => a.title.includes(RIGHT));
      const focused = Math.max(0, actions.findIndex(a => a.focused));
      if (target < 0) return false;
      for (let i = focused; i < target; i++) await page.keyboard.press('ArrowDown');
      for (let i = focused; i > target; i--) await page.keyboard.press('ArrowUp');
      const titles = actions.map(a => a.title), index = target;
      await page.keyboard.press('Enter');
      if (!await poll(async () => (await menu.count()) === 0, 3000)) return false;
      checks.quickFixTitle = titles[index];
      return true;
    }, 25000, 500);
    if (!fixed) throw new Error('no quick fix offered');
    log(`quick fix applied: ${checks.quickFixTitle}`);

    // save and read the file back: the only change must be the fix
    await page.keyboard.press('Control+S');
    const expected = original.replace(WRONG, RIGHT);
    checks.textFixed = Boolean(await poll(async () => fs.readFileSync(docPath, 'utf8') === expected, 15000));
    log(`file on disk reads "${RIGHT}": ${checks.textFixed}`);
    checks.diagnosticCleared = Boolean(await poll(async () => (await page.locator('.markers-panel .monaco-list-row', { hasText: EXPECT }).count()) === 0, 15000));
    await page.screenshot({ path: shot('vscode-fixed') });
    log(`diagnostic cleared: ${checks.diagnosticCleared}`);

    // EditorialLint: Lint Workspace (command palette) lists the unopened notes/second.md in Problems
    await runCommand(page, 'EditorialLint: Lint Workspace');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'EditorialLint checked' }).first();
    await toast.waitFor({ timeout: 30000 }).catch(() => undefined);
    checks.lintWorkspaceSummary = await toast.innerText().then(t => t.replace(/\s+/g, ' ').trim()).catch(() => null);
    checks.lintWorkspaceEntry = Boolean(await poll(async () =>
      (await page.locator('.markers-panel .monaco-list-row', { hasText: 'second.md' }).count()) > 0 &&
      (await page.locator('.markers-panel .monaco-list-row', { hasText: EXPECT }).count()) > 0, 20000));
    log(`lint workspace: ${checks.lintWorkspaceSummary}; second.md listed: ${checks.lintWorkspaceEntry}`);
    await page.screenshot({ path: shot('vscode-lint-workspace') });

    // without a .NET 10 runtime the server is not started and a notification links to the download
    if (!SERVER_PATH) {
      await runCommand(page, 'Notifications: Clear All Notifications').catch(() => undefined);
      const fakeDotnet = path.join(tmp, 'fake-dotnet');
      fs.writeFileSync(fakeDotnet, '#!/bin/sh\necho "Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]"\n', { mode: 0o755 });
      // a workspace setting (the workbench notices that file changing); changing dotnet.path restarts the server
      fs.mkdirSync(path.join(ws, '.vscode'));
      fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'editorialLint.dotnet.path': fakeDotnet }));
      const note = page.locator('.notifications-toasts .notification-toast', { hasText: '.NET 10 runtime' }).first();
      checks.noRuntimeNotice = await note.waitFor({ timeout: 30000 }).then(() => note.innerText()).then(t => t.replace(/\s+/g, ' ').trim()).catch(() => null);
      log(`no-runtime notification: ${checks.noRuntimeNotice}`);
      await sleep(500);
      await page.screenshot({ path: shot('vscode-no-runtime') });
    }
  } catch (e) {
    checks.error = e.message.split('\n')[0];
    log(`attempt ${n} failed: ${checks.error}`);
    try { if (browser) await browser.contexts()[0]?.pages()[0]?.screenshot({ path: shot('failure') }); } catch { }
  } finally {
    try { if (browser) await browser.close(); } catch { }
    try { process.kill(-cs.pid, 'SIGTERM'); } catch { }
    await poll(async () => cs.exitCode !== null || cs.signalCode !== null, 5000, 100);
    try { process.kill(-cs.pid, 'SIGKILL'); } catch { }
    liveServerGroup = undefined;
    fs.closeSync(logFd);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return checks;
}

/** Runs a command through the command palette (F1). */
async function runCommand(page, title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

/** The marker rows (not the file rows) of the Problems panel. */
function markerRows(page) {
  return page.locator('.markers-panel .monaco-list-row', { hasText: /\[Ln \d+, Col \d+\]/ });
}

/**
 * The bounding box of the first rendered occurrence of `word` in the editor, if a squiggle decoration
 * (any severity) overlaps it horizontally on the same line.
 */
async function squiggleUnderWord(page, word) {
  return page.evaluate((w) => {
    const editor = document.querySelector('.monaco-editor .view-lines');
    if (!editor) return null;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    const squiggles = [...document.querySelectorAll('.monaco-editor [class*="squiggly-"]')].map(e => e.getBoundingClientRect());
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.replace(/\u00a0/g, ' ');
      const i = text.indexOf(w);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + w.length);
      const r = range.getBoundingClientRect();
      const hit = squiggles.some(s => s.left < r.right - 2 && s.right > r.left + 2 && Math.abs((s.top + s.bottom) / 2 - (r.top + r.bottom) / 2) < r.height);
      if (hit) return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    return null;
  }, word);
}

(async () => {
  if (!fs.existsSync(VSIX) || !fs.existsSync(DOC)) {
    console.error(`usage: run.js --vsix X.vsix --doc draft.txt (got ${VSIX}, ${DOC})`);
    process.exit(2);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const hard = setTimeout(() => {
    console.error('e2e: hard timeout (5 min)');
    try { if (liveServerGroup) process.kill(-liveServerGroup, 'SIGKILL'); } catch { }
    console.log('0 passed, 1 failed');
    process.exit(3);
  }, 300000);
  let checks = {};
  for (let n = 1; n <= ATTEMPTS; n++) {
    checks = await attempt(n);
    if (!checks.error) break;
  }
  clearTimeout(hard);
  const results = [
    ['extension installed', checks.installed],
    [`Problems entry "${EXPECT}"`, Boolean(checks.problemsEntry)],
    [`squiggle under "${WRONG}"`, checks.squiggleUnderWord],
    ['hover over the word shows the diagnostic', Boolean(checks.hover)],
    ...(SERVER_PATH ? [] : [['hover also shows the server\'s rule explanation', (checks.hoverAll || '').split(EXPECT).length > 2]]),
    ['screenshot saved', checks.screenshot && fs.existsSync(checks.screenshot)],
    ['quick fix offered and applied', Boolean(checks.quickFixTitle)],
    [`text reads "${RIGHT}" after save`, checks.textFixed],
    ['diagnostic gone after the fix', checks.diagnosticCleared],
    ['Lint Workspace lists the unopened second.md', checks.lintWorkspaceEntry],
    ['Lint Workspace reports 2 files', /checked 2 files/.test(checks.lintWorkspaceSummary || '')],
  ];
  if (!SERVER_PATH) results.push(['no .NET 10 runtime: notification with a download link', ['.NET 10 runtime', 'Get .NET 10'].every(t => (checks.noRuntimeNotice || '').includes(t))]);
  if (EXPECT_COUNT !== undefined) results.push([`seed has ${EXPECT_COUNT} Problems entries at warning`, checks.seedProblems === EXPECT_COUNT]);
  if (EXPECT_STATUS) results.push([`status bar matches ${EXPECT_STATUS}`, EXPECT_STATUS.test(checks.statusBar || '')]);
  checks.seconds = (Date.now() - t0) / 1000;
  fs.writeFileSync(path.join(OUT, 'result.json'), JSON.stringify(checks, null, 1));
  let passed = 0, failed = 0;
  for (const [name, ok] of results) {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
    if (ok) passed++; else failed++;
  }
  console.log(`e2e took ${checks.seconds.toFixed(1)} s; artifacts in ${OUT}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
