// Maps the user's `editorialLint.*` settings to what the server reads (initializationOptions and the
// `editorialLint` section of workspace/configuration). Pure: no `vscode` import, so it is unit-tested directly.
import * as os from 'os';
import * as path from 'path';

export const SECTION = 'editorialLint';

/** The server's severities, lowest first (the Core's hint, info, warning, error). */
export type Severity = 'hint' | 'info' | 'warning' | 'error';
const SEVERITIES: readonly Severity[] = ['hint', 'info', 'warning', 'error'];
export const DEFAULT_SEVERITY: Severity = 'info';
/** Other names users bring from Vale and similar tools. */
const SEVERITY_ALIASES: Record<string, Severity> = { suggestion: 'info', information: 'info', warn: 'warning' };

export const DEFAULT_DEBOUNCE_MS = 300;
export const MAX_DEBOUNCE_MS = 5000;

/** The settings object the server receives. Keys are the server's contract. */
export interface ServerSettings {
  minSeverity: Severity;
  publicationDate: string | null;
  configPath: string | null;
  debounceMs: number;
}

/** Reads one setting below `editorialLint.` (e.g. `minSeverity`). */
export type SettingReader = (key: string) => unknown;

export interface MappingResult {
  settings: ServerSettings;
  /** Human-readable problems with the user's values (each one was replaced by its default). */
  problems: string[];
}

/**
 * Builds the server settings from the user's values. Invalid values fall back to their default and are
 * reported in `problems`, so the server never receives something it must reject.
 * @param workspaceFolder first workspace folder's path, used to resolve a relative config path
 */
export function toServerSettings(read: SettingReader, workspaceFolder?: string, home = os.homedir()): MappingResult {
  const problems: string[] = [];

  let minSeverity: Severity = DEFAULT_SEVERITY;
  const sev = read('minSeverity');
  if (typeof sev === 'string' && sev.trim() !== '') {
    const s = sev.trim().toLowerCase();
    const known = (SEVERITIES as readonly string[]).includes(s) ? (s as Severity) : SEVERITY_ALIASES[s];
    if (known) minSeverity = known;
    else problems.push(`editorialLint.minSeverity: "${sev}" is not one of ${SEVERITIES.join(', ')}; using "${DEFAULT_SEVERITY}"`);
  }

  let publicationDate: string | null = null;
  const date = read('publicationDate');
  if (typeof date === 'string' && date.trim() !== '') {
    if (isIsoDate(date.trim())) publicationDate = date.trim();
    else problems.push(`editorialLint.publicationDate: "${date}" is not a date of the form YYYY-MM-DD; ignoring it`);
  }

  const cfg = read('configPath');
  const configPath = typeof cfg === 'string' && cfg.trim() !== '' ? resolveUserPath(cfg.trim(), workspaceFolder, home) : null;

  let debounceMs = DEFAULT_DEBOUNCE_MS;
  const deb = read('debounceMs');
  if (deb !== undefined && deb !== null) {
    if (typeof deb === 'number' && Number.isFinite(deb)) debounceMs = Math.min(MAX_DEBOUNCE_MS, Math.max(0, Math.round(deb)));
    else problems.push(`editorialLint.debounceMs: "${String(deb)}" is not a number; using ${DEFAULT_DEBOUNCE_MS}`);
  }

  return { settings: { minSeverity, publicationDate, configPath, debounceMs }, problems };
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is rejected). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Expands `${workspaceFolder}`, `${userHome}` and a leading `~`, then makes a relative path absolute against the
 * workspace folder. A relative path without a workspace folder is returned normalised but still relative.
 */
export function resolveUserPath(p: string, workspaceFolder: string | undefined, home: string): string {
  let s = p;
  if (workspaceFolder !== undefined) s = s.split('${workspaceFolder}').join(workspaceFolder);
  s = s.split('${userHome}').join(home);
  if (s === '~') s = home;
  else if (s.startsWith('~/') || s.startsWith('~\\')) s = path.join(home, s.slice(2));
  if (path.isAbsolute(s)) return path.normalize(s);
  return workspaceFolder !== undefined ? path.join(workspaceFolder, s) : path.normalize(s);
}

/** Settings whose change needs a new server process (the rest are sent with didChangeConfiguration). */
export const RESTART_SETTINGS: readonly string[] = [`${SECTION}.server.path`, `${SECTION}.dotnet.path`, `${SECTION}.files`];
