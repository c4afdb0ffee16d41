// Entry point: registers the commands, the status bar item and the listeners; the server starts when the first
// checked document is opened (Markdown, plain text, or a file matched by `editorialLint.files`).
import * as vscode from 'vscode';
import { ServerController } from './client';
import { workspacePatterns, WORKSPACE_EXCLUDE, workspaceSummary } from './documents';

let controller: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const ctl = new ServerController(context);
  controller = ctl;
  context.subscriptions.push(
    ctl,
    vscode.commands.registerCommand('editorialLint.restartServer', () => ctl.restart()),
    vscode.commands.registerCommand('editorialLint.showOutput', () => ctl.output.show(true)),
    vscode.commands.registerCommand('editorialLint.lintWorkspace', () => lintWorkspace(ctl)),
    vscode.workspace.onDidOpenTextDocument(doc => {
      if (ctl.isChecked(doc)) void ctl.ensureStarted();
    }),
    vscode.workspace.onDidChangeConfiguration(e => ctl.onConfigurationChanged(e)),
    vscode.window.onDidChangeActiveTextEditor(() => ctl.status.refresh()),
    // new results for the active document (pushed or pulled) may come with a new publication date
    vscode.languages.onDidChangeDiagnostics(e => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some(u => u.toString() === active)) ctl.status.refreshSoon();
    }),
  );
  if (vscode.workspace.textDocuments.some(doc => ctl.isChecked(doc))) void ctl.ensureStarted();
  ctl.status.refresh();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}

const MAX_FILES = 5000;
const PARALLEL = 6;
const PER_FILE_TIMEOUT_MS = 20000;

/** Opens every matching workspace file (without showing it) so the server checks it; results go to Problems. */
async function lintWorkspace(ctl: ServerController): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('EditorialLint: open a folder to lint a workspace.');
    return;
  }
  if (!(await ctl.ensureStarted(true))) return;
  const found = await Promise.all(workspacePatterns(ctl.filesGlob()).map(p => vscode.workspace.findFiles(p, WORKSPACE_EXCLUDE, MAX_FILES)));
  const uris = [...new Map(found.flat().map(u => [u.toString(), u])).values()].slice(0, MAX_FILES);
  let problems = 0;
  let unanswered = 0;
  let done = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'EditorialLint: checking the workspace', cancellable: true },
    async (progress, token) => {
      const queue = [...uris];
      const worker = async (): Promise<void> => {
        for (let uri = queue.shift(); uri && !token.isCancellationRequested; uri = queue.shift()) {
          const count = await ctl.lintFile(uri, PER_FILE_TIMEOUT_MS);
          if (count === undefined) unanswered++;
          else problems += count;
          done++;
          progress.report({ increment: 100 / uris.length, message: `${done}/${uris.length}` });
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
    },
  );
  const choice = await vscode.window.showInformationMessage(workspaceSummary(done, problems, unanswered), 'Show Problems');
  if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
