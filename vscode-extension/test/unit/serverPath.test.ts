import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findDotnet, hasRuntime, Host, installedRuntimes, resolveServer } from '../../src/serverPath';

const EXT = '/ext/editorial-lint';
const DLL = '/ext/editorial-lint/server/EditorialLint.LanguageServer.dll';

function host(files: string[], env: Record<string, string> = { PATH: '/usr/bin:/bin' }, platform: NodeJS.Platform = 'linux'): Host {
  const set = new Set(files);
  return { platform, env, home: '/home/ed', isFile: p => set.has(p) };
}
const input = (serverPathSetting = '', dotnetPathSetting = '') =>
  ({ extensionPath: EXT, serverPathSetting, dotnetPathSetting, workspaceFolder: '/ws' });

test('the shipped server runs as `dotnet <dll> --stdio`', () => {
  const r = resolveServer(input(), host([DLL, '/usr/bin/dotnet']));
  assert.deepEqual(r, { ok: true, launch: { command: '/usr/bin/dotnet', args: [DLL, '--stdio'], usesDotnet: true, origin: 'bundled' } });
});

test('a missing shipped server is reported, naming the setting', () => {
  const r = resolveServer(input(), host(['/usr/bin/dotnet']));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.reason, 'no-server');
    assert.match(r.message, /editorialLint\.server\.path/);
  }
});

test('server.path to an executable runs it directly; relative to the workspace folder', () => {
  const r = resolveServer(input('tools/els'), host(['/ws/tools/els']));
  assert.deepEqual(r, { ok: true, launch: { command: '/ws/tools/els', args: ['--stdio'], usesDotnet: false, origin: 'setting' } });
});

test('server.path to a dll runs it with dotnet', () => {
  const r = resolveServer(input('~/build/EditorialLint.LanguageServer.dll'), host(['/home/ed/build/EditorialLint.LanguageServer.dll', '/bin/dotnet']));
  assert.ok(r.ok);
  if (r.ok) assert.deepEqual([r.launch.command, ...r.launch.args, r.launch.origin], ['/bin/dotnet', '/home/ed/build/EditorialLint.LanguageServer.dll', '--stdio', 'setting']);
});

test('server.path naming no file is an error, not a fallback to the shipped server', () => {
  const r = resolveServer(input('/nowhere/server'), host([DLL, '/usr/bin/dotnet']));
  assert.ok(!r.ok && r.reason === 'no-server' && r.message.includes('/nowhere/server'));
});

test('no dotnet anywhere gives no-dotnet', () => {
  const r = resolveServer(input(), host([DLL]));
  assert.ok(!r.ok && r.reason === 'no-dotnet');
});

test('dotnet is looked up: setting, then DOTNET_ROOT, then PATH, then install folders', () => {
  const all = ['/opt/dn/dotnet', '/root-dn/dotnet', '/usr/bin/dotnet', '/usr/share/dotnet/dotnet'];
  const env = { DOTNET_ROOT: '/root-dn', PATH: '/usr/local/bin:/usr/bin' };
  assert.equal(findDotnet('/opt/dn/dotnet', host(all, env)), '/opt/dn/dotnet');
  assert.equal(findDotnet('', host(all, env)), '/root-dn/dotnet');
  assert.equal(findDotnet('', host(all, { PATH: '/usr/local/bin:/usr/bin' })), '/usr/bin/dotnet');
  assert.equal(findDotnet('', host(['/usr/share/dotnet/dotnet'], { PATH: '/bin' })), '/usr/share/dotnet/dotnet');
  assert.equal(findDotnet('', host(['/home/ed/.dotnet/dotnet'], {})), '/home/ed/.dotnet/dotnet');
  // a dotnet.path that does not exist is not silently replaced by another dotnet
  assert.equal(findDotnet('/missing/dotnet', host(all, env)), undefined);
});

test('Windows: dotnet.exe on Path, then Program Files', () => {
  assert.equal(findDotnet('', host(['C:\\tools\\dotnet.exe'], { Path: 'C:\\x;C:\\tools' }, 'win32')), 'C:\\tools\\dotnet.exe');
  assert.equal(findDotnet('', host(['C:\\Program Files\\dotnet\\dotnet.exe'], { Path: '' }, 'win32')), 'C:\\Program Files\\dotnet\\dotnet.exe');
});

const LIST = `Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]
Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.NETCore.App 9.0.0 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
`;

test('a .NET 10 runtime is required; 8, 9 or only 11 do not run the server', () => {
  assert.equal(hasRuntime(LIST), false);
  assert.equal(hasRuntime(LIST + 'Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\r\n'), true);
  assert.equal(hasRuntime('Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/x]'), true);
  assert.equal(hasRuntime('Microsoft.NETCore.App 11.0.1 [/x]'), false);
  assert.equal(hasRuntime('Microsoft.AspNetCore.App 10.0.12 [/x]'), false);
  assert.equal(hasRuntime(''), false);
});

test('installed runtimes are listed with their versions', () => {
  assert.deepEqual(installedRuntimes(LIST).map(r => r.version), ['8.0.11', '9.0.0']);
});
