/// <reference types="mocha" />
// Runs inside a real desktop VS Code (see ../runTest.ts): the same fixture and
// checks as the code-server scenario "subscription" (test/e2e/scenarios.ts),
// through the VS Code API instead of the DOM.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const TIMEOUT_MS = 30_000;

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** Resolves with the diagnostics of `uri` once `ok` accepts them (event-driven, no polling). */
function waitForDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = vscode.languages.getDiagnostics(uri);
    if (ok(current)) return resolve(current);
    const timer = setTimeout(() => {
      sub.dispose();
      const got = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)}: ${d.message}`);
      reject(new Error(`no matching diagnostics for ${uri.fsPath} within ${TIMEOUT_MS} ms; got:\n  ${got.join('\n  ') || '(none)'}`));
    }, TIMEOUT_MS);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const ds = vscode.languages.getDiagnostics(uri);
      if (ok(ds)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(ds);
      }
    });
  });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

suite('exchange-transport in desktop VS Code', () => {
  test('EdgeSubscription file with an expired Edge certificate: diagnostic and certificate hover', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'VS Code was started without the fixture workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'edge-expired-cert.xml');

    const diagnostics = waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'certificate-expired'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'xml');

    const ds = await diagnostics;
    const expired = ds.find((d) => codeOf(d) === 'certificate-expired')!;
    assert.equal(expired.source, 'exchange-transport');
    assert.equal(expired.severity, vscode.DiagnosticSeverity.Error);

    const text = doc.getText();
    const open = '<EdgeCertificateBlob>';
    const at = text.indexOf(open);
    assert.ok(at >= 0, 'fixture has no <EdgeCertificateBlob>');
    const position = doc.positionAt(at + open.length + 10); // inside the base64 value
    assert.ok(expired.range.contains(position) || expired.range.start.line === position.line, 'certificate-expired is not on the EdgeCertificateBlob line');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const hover = hoverText(hovers ?? []);
    assert.match(hover, /CN=EDGE02/, `hover does not show the certificate subject:\n${hover}`);
    assert.match(hover, /thumbprint/i, `hover does not show the thumbprint:\n${hover}`);
  });
});
