// The status bar item: the active document's publication date and where it came from, and the server state.
import * as vscode from 'vscode';
import type { ServerController } from './client';
import { DocumentInfo, parseDocumentInfo, ServerState, statusView } from './statusText';

export const DOCUMENT_INFO_REQUEST = 'editorialLint/documentInfo';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('editorialLint.status', vscode.StatusBarAlignment.Right, 100);
  private state: ServerState = 'stopped';
  private detail: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(private readonly controller: ServerController) {
    this.item.name = 'EditorialLint';
    this.item.command = 'editorialLint.showOutput';
  }

  setState(state: ServerState, detail?: string): void {
    this.state = state;
    this.detail = detail;
    this.refresh();
  }

  /** Refresh after the server published new diagnostics (the date may have changed with the edit). */
  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.refresh(); }, 150);
  }

  refresh(): void {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const checked = doc !== undefined && this.controller.isChecked(doc);
    if (!checked && this.state !== 'error') {
      this.item.hide();
      return;
    }
    const client = this.controller.running;
    if (!client || !doc) {
      this.show(undefined);
      return;
    }
    const params = { textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) } };
    client.sendRequest(DOCUMENT_INFO_REQUEST, params).then(
      reply => { if (generation === this.generation) this.show(parseDocumentInfo(reply)); },
      () => { if (generation === this.generation) this.show(undefined); },
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
  }

  private show(info: DocumentInfo | undefined): void {
    const view = statusView(this.state, info, this.detail);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }
}
