// Owns the language client: finds the server, checks the .NET runtime, starts/stops/restarts, forwards settings.
import * as fs from 'fs';
import * as os from 'os';
import { execFile } from 'child_process';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification, DocumentDiagnosticRequest, LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions, State,
} from 'vscode-languageclient/node';
import { DocumentFilterLike, documentSelector, WorkspaceResults } from './documents';
import { DOTNET_DOWNLOAD_URL, hasRuntime, installedRuntimes, resolveServer, ServerLaunch } from './serverPath';
import { RESTART_SETTINGS, SECTION, ServerSettings, toServerSettings } from './settings';
import { StatusBar } from './statusBar';

export const SOURCE = 'editorial-lint';

export class ServerController implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('EditorialLint');
  readonly status: StatusBar;
  private readonly results = new WorkspaceResults();
  private client: LanguageClient | undefined;
  private starting: Promise<boolean> | undefined;
  private selector: DocumentFilterLike[] = documentSelector(this.filesGlob());
  private lastProblems = '';
  /** The last start failed: opening documents does not retry (and re-notify); commands and settings do. */
  private failed = false;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status = new StatusBar(this);
  }

  filesGlob(): string {
    return vscode.workspace.getConfiguration(SECTION).get<string>('files') ?? '';
  }

  isChecked(doc: vscode.TextDocument): boolean {
    return vscode.languages.match(this.selector, doc) > 0;
  }

  /** The running client, or undefined. */
  get running(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  /**
   * Starts the server once; later calls wait for the same start. Resolves false when it cannot run.
   * @param retry start again after a failed start (a command or a settings change, not a document opening)
   */
  ensureStarted(retry = false): Promise<boolean> {
    if (this.client?.state === State.Running) return Promise.resolve(true);
    if (this.failed && !retry && !this.starting) return Promise.resolve(false);
    this.starting ??= this.start().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  async restart(): Promise<void> {
    this.output.appendLine('Restarting the server');
    await this.stop();
    this.results.clear();
    this.selector = documentSelector(this.filesGlob());
    await this.ensureStarted(true);
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(5000);
      } catch (e) {
        this.output.appendLine(`Stopping the server: ${String(e)}`);
      }
      await client.dispose().catch(() => undefined);
    }
    this.status.setState('stopped');
  }

  async onConfigurationChanged(e: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!e.affectsConfiguration(SECTION)) return;
    if (RESTART_SETTINGS.some(s => e.affectsConfiguration(s))) {
      if (this.client || this.failed) await this.restart();
      else this.selector = documentSelector(this.filesGlob());
      return;
    }
    const client = this.running;
    if (client) {
      await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: this.settings() } });
    }
    this.status.refresh();
  }

  /**
   * Makes the server check one file (for "Lint Workspace"): opening it sends didOpen. Resolves with its number of
   * problems, or undefined when the server did not answer in time.
   */
  async lintFile(uri: vscode.Uri, timeoutMs: number): Promise<number | undefined> {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some(d => d.uri.toString() === key)) {
      return vscode.languages.getDiagnostics(uri).filter(d => d.source === SOURCE).length;
    }
    const client = this.running;
    if (!client) return undefined;
    // A server that offers pull diagnostics is asked directly (VS Code then shows the file's results through its
    // workspace diagnostics); otherwise its next publishDiagnostics for the file is awaited.
    const pulls = client.initializeResult?.capabilities.diagnosticProvider !== undefined;
    this.results.markLinted(key);
    const published = pulls ? undefined : this.results.nextPublish(key, timeoutMs);
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
    } catch (e) {
      this.output.appendLine(`Lint Workspace: cannot open ${uri.fsPath}: ${String(e)}`);
      return 0;
    }
    if (!this.isChecked(doc)) return 0;
    if (published) return published;
    const params = { textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) } };
    const report = await withTimeout(client.sendRequest(DocumentDiagnosticRequest.type, params), timeoutMs).catch(e => {
      this.output.appendLine(`Lint Workspace: ${uri.fsPath}: ${String(e)}`);
      return undefined;
    });
    return report && report.kind === 'full' ? report.items.length : undefined;
  }

  /** The server settings for a resource (its workspace folder resolves a relative config path). */
  settings(scope?: vscode.Uri): ServerSettings {
    const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
    const config = vscode.workspace.getConfiguration(SECTION, scope ?? folder?.uri);
    const { settings, problems } = toServerSettings(key => config.get(key), folder?.uri.fsPath);
    const text = problems.join('\n');
    if (text !== '' && text !== this.lastProblems) {
      for (const p of problems) this.output.appendLine(`Settings: ${p}`);
      void vscode.window.showWarningMessage(`EditorialLint: ${problems[0]}`);
    }
    this.lastProblems = text;
    return settings;
  }

  dispose(): void {
    void this.stop();
    this.status.dispose();
    this.output.dispose();
  }

  private async start(): Promise<boolean> {
    this.failed = false;
    const previous = this.client;  // one that stopped by itself
    this.client = undefined;
    await previous?.dispose().catch(() => undefined);
    this.status.setState('starting');
    const launch = await this.findServer();
    if (!launch) return false;
    this.output.appendLine(`Starting ${launch.origin} server: ${launch.command} ${launch.args.join(' ')}`);
    const serverOptions: ServerOptions = {
      // no `transport`: the arguments go verbatim (TransportKind.stdio would append its own --stdio)
      run: { command: launch.command, args: launch.args, options: { env: { ...process.env, DOTNET_NOLOGO: '1' } } },
      debug: { command: launch.command, args: launch.args, options: { env: { ...process.env, DOTNET_NOLOGO: '1' } } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.selector,
      diagnosticCollectionName: 'editorialLint',
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: this.settings(),
      // give up at once: start() then rejects and reports it
      initializationFailedHandler: () => false,
      middleware: {
        workspace: {
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            return params.items.map((item, i) =>
              item.section === SECTION ? this.settings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answers[i]);
          },
        },
        handleDiagnostics: (uri, diagnostics, next) => {
          const key = uri.toString();
          const open = vscode.workspace.textDocuments.some(d => d.uri.toString() === key);
          if (this.results.onPublished(key, diagnostics.length, open)) next(uri, diagnostics);
        },
      },
    };
    const client = new LanguageClient(SECTION, 'EditorialLint', serverOptions, clientOptions);
    client.onDidChangeState(e => {
      if (this.client !== client) return;
      if (e.newState === State.Running) {
        this.failed = false;
        this.status.setState('running');
      }
      else if (e.newState === State.Starting) this.status.setState('starting');
      else if (e.oldState === State.Running) {
        this.failed = true;
        this.status.setState('error', 'The server stopped; run "EditorialLint: Restart Server".');
      }
    });
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      if (this.client === client) {
        this.client = undefined;
        this.fail(`The server did not start: ${e instanceof Error ? e.message : String(e)}`);
        await client.dispose().catch(() => undefined);
      }
      return false;
    }
    this.output.appendLine('Server running');
    this.status.setState('running');
    return true;
  }

  /** Resolves the launch and, for the shipped build, checks that .NET 10 is installed. Notifies on failure. */
  private async findServer(): Promise<ServerLaunch | undefined> {
    const config = vscode.workspace.getConfiguration(SECTION);
    const resolution = resolveServer({
      extensionPath: this.context.extensionPath,
      serverPathSetting: config.get<string>('server.path') ?? '',
      dotnetPathSetting: config.get<string>('dotnet.path') ?? '',
      workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    }, {
      platform: process.platform, env: process.env, home: os.homedir(),
      isFile: p => { try { return fs.statSync(p).isFile(); } catch { return false; } },
    });
    if (!resolution.ok) {
      this.fail(resolution.message, resolution.reason === 'no-dotnet');
      return undefined;
    }
    const launch = resolution.launch;
    if (!launch.usesDotnet) return launch;
    const runtimes = await listRuntimes(launch.command);
    if (runtimes === undefined || !hasRuntime(runtimes)) {
      const found = runtimes === undefined ? 'could not run it' : installedRuntimes(runtimes).map(r => r.version).join(', ') || 'none';
      this.fail(`EditorialLint needs the .NET 10 runtime to run its language server (${launch.command}: ${found}).`, true);
      return undefined;
    }
    return launch;
  }

  private fail(message: string, offerDotnet = false): void {
    this.failed = true;
    this.output.appendLine(message);
    this.status.setState('error', message);
    const actions = offerDotnet ? ['Get .NET 10', 'Open Settings'] : ['Open Settings', 'Show Output'];
    void vscode.window.showErrorMessage(message, ...actions).then(choice => {
      if (choice === 'Get .NET 10') void vscode.env.openExternal(vscode.Uri.parse(DOTNET_DOWNLOAD_URL));
      else if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', '@ext:editorial-lint.editorial-lint server');
      else if (choice === 'Show Output') this.output.show(true);
    });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>(resolve => { timer = setTimeout(() => resolve(undefined), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `dotnet --list-runtimes` output, or undefined when dotnet cannot be run. */
function listRuntimes(dotnet: string): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile(dotnet, ['--list-runtimes'], { timeout: 15000, env: { ...process.env, DOTNET_NOLOGO: '1' } }, (err, stdout) =>
      resolve(err ? undefined : stdout));
  });
}
