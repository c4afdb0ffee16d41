// Decides how the language server is started: the build shipped in the extension's `server/` folder, run with
// `dotnet`, or the user's `editorialLint.server.path`. Pure (file system and environment are injected).
import * as path from 'path';
import { resolveUserPath } from './settings';

export const SERVER_DLL = 'EditorialLint.LanguageServer.dll';
export const REQUIRED_DOTNET_MAJOR = 10;
export const DOTNET_DOWNLOAD_URL = 'https://dotnet.microsoft.com/download/dotnet/10.0';

export interface Host {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  /** true when the path exists and is a file */
  isFile(p: string): boolean;
}

/** How to start the server. `usesDotnet` means `command` is dotnet and the runtime must be checked first. */
export interface ServerLaunch {
  command: string;
  args: string[];
  usesDotnet: boolean;
  /** where the server came from, for the output channel */
  origin: 'bundled' | 'setting';
}

export type Resolution = { ok: true; launch: ServerLaunch } | { ok: false; reason: 'no-server' | 'no-dotnet'; message: string };

export interface ResolveInput {
  extensionPath: string;
  serverPathSetting: string;
  dotnetPathSetting: string;
  workspaceFolder?: string;
}

/**
 * Resolves the server launch. A `.dll` (the shipped build or the setting) runs as `dotnet <dll>`; any other
 * file named in `editorialLint.server.path` is run directly. The server is given `--stdio`.
 */
export function resolveServer(input: ResolveInput, host: Host): Resolution {
  let target: string;
  let origin: ServerLaunch['origin'];
  if (input.serverPathSetting.trim() !== '') {
    target = resolveUserPath(input.serverPathSetting.trim(), input.workspaceFolder, host.home);
    origin = 'setting';
    if (!host.isFile(target)) {
      return { ok: false, reason: 'no-server', message: `editorialLint.server.path names "${target}", which is not a file.` };
    }
  } else {
    target = path.join(input.extensionPath, 'server', SERVER_DLL);
    origin = 'bundled';
    if (!host.isFile(target)) {
      return { ok: false, reason: 'no-server', message: `The language server is missing from the extension (${target}). Reinstall the extension or set editorialLint.server.path.` };
    }
  }
  if (!target.toLowerCase().endsWith('.dll')) {
    return { ok: true, launch: { command: target, args: ['--stdio'], usesDotnet: false, origin } };
  }
  const dotnet = findDotnet(input.dotnetPathSetting, host);
  if (dotnet === undefined) {
    return { ok: false, reason: 'no-dotnet', message: 'EditorialLint needs the .NET 10 runtime, and no `dotnet` was found.' };
  }
  return { ok: true, launch: { command: dotnet, args: [target, '--stdio'], usesDotnet: true, origin } };
}

/** The dotnet executable: the setting, then DOTNET_ROOT, then PATH, then the usual install folders. */
export function findDotnet(setting: string, host: Host): string | undefined {
  const win = host.platform === 'win32';
  const exe = win ? 'dotnet.exe' : 'dotnet';
  const pathApi = win ? path.win32 : path.posix;
  if (setting.trim() !== '') {
    const p = resolveUserPath(setting.trim(), undefined, host.home);
    return host.isFile(p) ? p : undefined;
  }
  const candidates: string[] = [];
  const root = host.env.DOTNET_ROOT;
  if (root) candidates.push(pathApi.join(root, exe));
  const pathVar = host.env.PATH ?? host.env.Path ?? '';
  for (const dir of pathVar.split(win ? ';' : ':')) if (dir) candidates.push(pathApi.join(dir, exe));
  if (win) {
    candidates.push(`${host.env.ProgramFiles ?? 'C:\\Program Files'}\\dotnet\\dotnet.exe`);
  } else {
    candidates.push('/usr/share/dotnet/dotnet', '/usr/lib/dotnet/dotnet', '/usr/local/share/dotnet/dotnet',
      '/opt/homebrew/opt/dotnet/libexec/dotnet', pathApi.join(host.home, '.dotnet', 'dotnet'));
  }
  return candidates.find(c => host.isFile(c));
}

/**
 * Reads `dotnet --list-runtimes` output and tells whether a Microsoft.NETCore.App of the required major version
 * is installed (a framework-dependent build rolls forward across minor versions only, not to a newer major).
 */
export function hasRuntime(listRuntimesOutput: string, major = REQUIRED_DOTNET_MAJOR): boolean {
  return installedRuntimes(listRuntimesOutput).some(v => v.major === major);
}

export function installedRuntimes(listRuntimesOutput: string): { major: number; version: string }[] {
  const found: { major: number; version: string }[] = [];
  for (const line of listRuntimesOutput.split(/\r?\n/)) {
    const m = /^Microsoft\.NETCore\.App\s+((\d+)\.\d+\.\d+\S*)/.exec(line.trim());
    if (m) found.push({ major: +m[2], version: m[1] });
  }
  return found;
}
