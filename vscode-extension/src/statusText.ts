// What the status bar item says. Pure: the vscode side (statusBar.ts) only copies these fields.

export type ServerState = 'stopped' | 'starting' | 'running' | 'error';

/** Reply of the server's `editorialLint/documentInfo` request. */
export interface DocumentInfo {
  publicationDate: string | null;
  publicationDateSource: string | null;
}

export interface StatusView {
  text: string;
  tooltip: string;
  /** show the item with the error background */
  error: boolean;
}

const STATE_WORDS: Record<ServerState, string> = {
  stopped: 'stopped',
  starting: 'starting',
  running: 'running',
  error: 'failed to start (click for the output)',
};

/**
 * @param info the active document's info, or undefined when there is no checked document or the server could
 *             not tell (then only the server state is shown)
 * @param detail a short reason shown in the tooltip when the state is `error`
 */
export function statusView(state: ServerState, info: DocumentInfo | undefined, detail?: string): StatusView {
  const server = `EditorialLint server: ${STATE_WORDS[state]}`;
  const why = state === 'error' && detail ? `\n${detail}` : '';
  if (state === 'error') return { text: '$(error) EditorialLint', tooltip: server + why, error: true };
  if (state === 'starting') return { text: '$(sync~spin) EditorialLint', tooltip: server, error: false };
  if (state === 'stopped') return { text: '$(circle-slash) EditorialLint', tooltip: server, error: false };
  if (info === undefined) return { text: '$(check) EditorialLint', tooltip: server, error: false };
  if (info.publicationDate === null) {
    return { text: '$(calendar) no publication date', tooltip: `No publication date found in this document\n${server}`, error: false };
  }
  const source = info.publicationDateSource ? ` (${info.publicationDateSource})` : '';
  return {
    text: `$(calendar) ${info.publicationDate}`,
    tooltip: `Publication date ${info.publicationDate}${source}\n${server}`,
    error: false,
  };
}

/** Accepts the server's reply only when it has the expected shape (a server without the request answers an error). */
export function parseDocumentInfo(reply: unknown): DocumentInfo | undefined {
  if (reply === null || typeof reply !== 'object') return undefined;
  const r = reply as Record<string, unknown>;
  const date = r.publicationDate;
  const source = r.publicationDateSource;
  if (date !== null && typeof date !== 'string') return undefined;
  return { publicationDate: date, publicationDateSource: typeof source === 'string' ? source : null };
}
