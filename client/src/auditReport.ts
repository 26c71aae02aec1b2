// "Exchange: Export Audit Report": asks the server for the workspace's audit report (one self-contained HTML page,
// rendered by the engine with the findings Problems lists) and saves it where the user says.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AUDIT_REPORT_REQUEST, type AuditReportParams, type AuditReportResult } from '../../server/src/protocol';

export const EXPORT_AUDIT_REPORT_COMMAND = 'exchangeTransport.exportAuditReport';

function defaultUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const day = new Date().toISOString().slice(0, 10);
  return folder ? vscode.Uri.joinPath(folder, `exchange-transport-audit-${day}.html`) : undefined;
}

export function registerAuditReport(context: vscode.ExtensionContext, lc: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_AUDIT_REPORT_COMMAND, async (target?: vscode.Uri) => {
      const params: AuditReportParams = {
        dirty: vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()),
      };
      const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Exchange: building the audit report…' }, () =>
        lc.sendRequest<AuditReportResult | null>(AUDIT_REPORT_REQUEST, params),
      );
      if (!report) {
        void vscode.window.showErrorMessage('Exchange: the audit report could not be built (see the output channel).');
        return undefined;
      }
      // A target passed by another command or a test skips the dialog.
      const uri =
        target instanceof vscode.Uri
          ? target
          : await vscode.window.showSaveDialog({ defaultUri: defaultUri(), filters: { 'HTML page': ['html'] }, title: 'Save the audit report' });
      if (!uri) return undefined;
      await vscode.workspace.fs.writeFile(uri, Buffer.from(report.html, 'utf8'));
      const open = 'Open in browser';
      void vscode.window
        .showInformationMessage(`Exchange: audit report of ${report.files} file(s), ${report.findings} finding(s), saved.`, open)
        .then((choice) => (choice === open ? vscode.env.openExternal(uri) : undefined));
      return uri.toString();
    }),
  );
}
