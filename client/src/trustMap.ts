// "Exchange: Show Trust Map": one webview panel, refreshed in place whenever the server says the findings may
// have changed, so the map and the Problems panel always show the same findings. The page is the server's
// script-free HTML; its rule ids are command links that open the rule's page shipped with the extension.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FINDINGS_CHANGED_NOTIFICATION, OPEN_RUNBOOK_COMMAND, SHOW_RULE_DOCS_COMMAND, TRUST_MAP_REQUEST, type TrustMapResult } from '../../server/src/protocol';

export function registerTrustMap(context: vscode.ExtensionContext, lc: LanguageClient): void {
  let panel: vscode.WebviewPanel | undefined;
  // Requests in order: a refresh that started earlier must not overwrite a later one.
  let asked = 0;

  const render = async (): Promise<void> => {
    if (!panel) return;
    const ticket = ++asked;
    const map = await lc.sendRequest<TrustMapResult | null>(TRUST_MAP_REQUEST);
    if (!panel || ticket !== asked || !map) return;
    panel.webview.html = map.html;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('exchangeTransport.showTrustMap', async () => {
      if (panel) panel.reveal(undefined, true);
      else {
        panel = vscode.window.createWebviewPanel(
          'exchangeTransport.trustMap',
          'Exchange trust map',
          { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
          { enableScripts: false, enableCommandUris: [SHOW_RULE_DOCS_COMMAND, OPEN_RUNBOOK_COMMAND], localResourceRoots: [] },
        );
        panel.onDidDispose(() => (panel = undefined));
      }
      await render();
    }),
    lc.onNotification(FINDINGS_CHANGED_NOTIFICATION, () => void render().catch(() => undefined)),
    { dispose: () => panel?.dispose() },
  );
}
