// VS Code client: starts the language server and registers commands. All analysis happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerDumpDetection } from './detectLanguage';
import {
  COPY_COMMAND,
  DOCUMENT_LANGUAGES,
  LINT_WORKSPACE_REQUEST,
  STATUS_NOTIFICATION,
  TRUST_MAP_REQUEST,
  WATCH_GLOB,
  type FileStatus,
  type LintWorkspaceResult,
  type TrustMapResult,
} from '../../server/src/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Plain-text files that are Format-List dumps get our language before the server starts.
  registerDumpDetection(context);
  const outputChannel = vscode.window.createOutputChannel('Exchange Transport', { log: true });
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The languages the formats come in; the server decides by content (other XML or JSON gets nothing).
    documentSelector: DOCUMENT_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // Re-validate as the user types and saves; closed files come through workspace diagnostics.
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannel,
    revealOutputChannelOn: 4, // RevealOutputChannelOn.Never
    synchronize: {
      configurationSection: 'exchangeTransport',
      // Cross-file checks read closed files too; the server re-reads the ones that change.
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCH_GLOB),
    },
  };
  client = new LanguageClient('exchangeTransport', 'Exchange Transport', serverOptions, clientOptions);

  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('exchangeTransport.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('exchangeTransport.showOutput', () => outputChannel.show(true)),
    // Quick fixes on dumps of live state copy the PowerShell that repairs the object.
    vscode.commands.registerCommand(COPY_COMMAND, async (text: string) => {
      await vscode.env.clipboard.writeText(text);
      void vscode.window.showInformationMessage(`Copied: ${text}`);
    }),
    vscode.commands.registerCommand('exchangeTransport.showTrustMap', async () => {
      const map = await client?.sendRequest<TrustMapResult | null>(TRUST_MAP_REQUEST);
      if (!map) return;
      const panel = vscode.window.createWebviewPanel('exchangeTransport.trustMap', 'Exchange trust map', vscode.ViewColumn.Beside, { enableScripts: false });
      panel.webview.html = map.html;
    }),
  );
  registerStatus(context, client);
  await client.start();
}

/** Language status: the kind of the active file, its findings and how long validation took. */
function registerStatus(context: vscode.ExtensionContext, lc: LanguageClient): void {
  const item = vscode.languages.createLanguageStatusItem(
    'exchangeTransport.status',
    DOCUMENT_LANGUAGES.map((language) => ({ language })),
  );
  item.name = 'Exchange Transport';
  item.command = { title: 'Show trust map', command: 'exchangeTransport.showTrustMap' };
  const statuses = new Map<string, FileStatus>();
  const show = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    if (!s || s.kind === 'unknown') {
      item.text = 'Exchange: not a transport file';
      item.detail = undefined;
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    item.text = `Exchange: ${s.label}`;
    item.detail = `${s.problems} finding${s.problems === 1 ? '' : 's'} · validated in ${s.ms} ms`;
    item.severity = s.errors > 0 ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(show),
    lc.onNotification(STATUS_NOTIFICATION, (s: FileStatus) => {
      statuses.set(s.uri, s);
      show();
    }),
    vscode.commands.registerCommand('exchangeTransport.lintWorkspace', async () => {
      const r = await lc.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(
        `Exchange: ${r.files} transport file${r.files === 1 ? '' : 's'} checked, ${r.problems} finding${r.problems === 1 ? '' : 's'}.`,
      );
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
