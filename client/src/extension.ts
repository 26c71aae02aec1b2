// VS Code client: starts the language server and registers commands. All analysis happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerDumpDetection } from './detectLanguage';
import { registerTrustMap } from './trustMap';
import {
  CLIENT_COMMANDS,
  COPY_COMMAND,
  DOCUMENT_LANGUAGES,
  FOLDER_WATCH_GLOB,
  LINT_WORKSPACE_REQUEST,
  SHOW_RULE_DOCS_COMMAND,
  STATUS_NOTIFICATION,
  WATCH_GLOB,
  type FileStatus,
  type InitializationOptions,
  type LintWorkspaceResult,
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
  const initializationOptions: InitializationOptions = { commands: [...CLIENT_COMMANDS] };
  const clientOptions: LanguageClientOptions = {
    // The languages the formats come in; the server decides by content (other XML or JSON gets nothing).
    documentSelector: DOCUMENT_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // Re-validate as the user types and saves; closed files come through workspace diagnostics.
    diagnosticPullOptions: { onChange: true, onSave: true },
    initializationOptions,
    outputChannel,
    revealOutputChannelOn: 4, // RevealOutputChannelOn.Never
    synchronize: {
      configurationSection: 'exchangeTransport',
      // Cross-file checks read closed files too; the server re-reads the ones that change. Creations and
      // deletions of anything: a deleted or renamed folder is reported as the folder alone.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher(WATCH_GLOB, true, false, true),
        vscode.workspace.createFileSystemWatcher(FOLDER_WATCH_GLOB, false, true, false),
      ],
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
      const lines = text.trim().split('\n').length;
      void vscode.window.showInformationMessage(lines > 1 ? `Copied a script of ${lines} lines.` : `Copied: ${text}`);
    }),
    // The rule pages ship inside the extension: shown offline, rendered.
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, async (id: unknown) => {
      if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) return;
      const page = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${id}.md`)));
      try {
        await vscode.workspace.fs.stat(page);
      } catch {
        void vscode.window.showWarningMessage(`Exchange: no documentation page for ${id}.`);
        return;
      }
      await vscode.commands.executeCommand('markdown.showPreview', page).then(undefined, () => vscode.window.showTextDocument(page));
    }),
  );
  registerTrustMap(context, client);
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
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(show),
    lc.onNotification(STATUS_NOTIFICATION, (s: FileStatus) => {
      statuses.set(s.uri, s);
      show();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
    vscode.commands.registerCommand('exchangeTransport.lintWorkspace', async () => {
      const r = await lc.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const other = r.problems - r.errors - r.warnings;
      const detail = [plural(r.errors, 'error'), plural(r.warnings, 'warning'), ...(other > 0 ? [`${other} other`] : [])].join(', ');
      void vscode.window.showInformationMessage(`Exchange: ${plural(r.files, 'transport file')} checked, ${plural(r.problems, 'finding')} (${detail}).`);
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
