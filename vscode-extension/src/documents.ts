// Which documents the server checks, and the bookkeeping of "Lint Workspace". Pure: no `vscode` import.

/** A vscode.DocumentFilter that is also an LSP TextDocumentFilter (the scheme is always set). */
export interface DocumentFilterLike {
  scheme: string;
  language?: string;
  pattern?: string;
}

export const LANGUAGES = ['markdown', 'plaintext'] as const;
/** File kinds "Lint Workspace" looks for besides the `editorialLint.files` glob. */
export const WORKSPACE_PATTERNS = ['**/*.md', '**/*.markdown', '**/*.txt'] as const;
export const WORKSPACE_EXCLUDE = '**/{node_modules,.git,bin,obj}/**';

/** Markdown and plain text (saved or untitled), plus the user's glob on disk. */
export function documentSelector(filesGlob: string): DocumentFilterLike[] {
  const selector: DocumentFilterLike[] = [];
  for (const language of LANGUAGES) {
    selector.push({ scheme: 'file', language }, { scheme: 'untitled', language });
  }
  const glob = filesGlob.trim();
  if (glob !== '') selector.push({ scheme: 'file', pattern: glob });
  return selector;
}

/** The include patterns of "Lint Workspace" (one findFiles call each: VS Code globs do not nest braces). */
export function workspacePatterns(filesGlob: string): string[] {
  const glob = filesGlob.trim();
  return glob === '' ? [...WORKSPACE_PATTERNS] : [...WORKSPACE_PATTERNS, glob];
}

/**
 * Keeps the results of "Lint Workspace" in the Problems panel. That command opens each file so the server checks
 * it; VS Code later closes the ones no editor shows, and the server then clears their diagnostics. This decides
 * which published diagnostics reach the Problems panel: an empty list for a workspace-linted file that is no
 * longer open is dropped, so its last results stay until the file is opened (and checked) again.
 */
export class WorkspaceResults {
  private readonly linted = new Set<string>();
  private readonly waiters = new Map<string, ((count: number) => void)[]>();

  markLinted(uri: string): void {
    this.linted.add(uri);
  }

  /** Forget everything (server restart: the new server publishes afresh). */
  clear(): void {
    this.linted.clear();
  }

  /**
   * Called for every publishDiagnostics. Returns whether the diagnostics should be shown.
   * @param isOpen whether the document is still open in VS Code
   */
  onPublished(uri: string, count: number, isOpen: boolean): boolean {
    const pending = this.waiters.get(uri);
    if (pending) {
      this.waiters.delete(uri);
      for (const resolve of pending) resolve(count);
    }
    return !(count === 0 && !isOpen && this.linted.has(uri));
  }

  /** Resolves with the number of diagnostics at the next publish for `uri`, or undefined after `timeoutMs`. */
  nextPublish(uri: string, timeoutMs: number): Promise<number | undefined> {
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        const list = this.waiters.get(uri);
        if (list) {
          const rest = list.filter(r => r !== done);
          if (rest.length > 0) this.waiters.set(uri, rest);
          else this.waiters.delete(uri);
        }
        resolve(undefined);
      }, timeoutMs);
      const done = (count: number): void => {
        clearTimeout(timer);
        resolve(count);
      };
      const list = this.waiters.get(uri) ?? [];
      list.push(done);
      this.waiters.set(uri, list);
    });
  }
}

/** One line for the end of "Lint Workspace". */
export function workspaceSummary(files: number, problems: number, unanswered: number): string {
  const f = `${files} file${files === 1 ? '' : 's'}`;
  const p = `${problems} problem${problems === 1 ? '' : 's'}`;
  const late = unanswered > 0 ? ` (${unanswered} not answered in time)` : '';
  return `EditorialLint checked ${f}: ${p}${late}.`;
}
