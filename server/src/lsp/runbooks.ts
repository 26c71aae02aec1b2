// "Create runbook: ..." code actions: on a finding that starts a runbook (runbook/build.ts), a command that opens the
// runbook's Markdown in an untitled editor (the client's OPEN_RUNBOOK_COMMAND). Offered only to clients that run it.
import type { CodeAction as LspCodeAction, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { runbookMarkdown, type Runbook, type RunbookTrigger } from '../service';
import { OPEN_RUNBOOK_COMMAND } from '../protocol';

/** The codes of the findings that can start a runbook: the only ones worth reading the whole workspace for. */
export const RUNBOOK_CODES: ReadonlySet<string> = new Set([
  'certificate-expired',
  'certificate-expiring',
  'certificate-status',
  'certificate-not-yet-valid',
  'edgesync-failed',
  'event-edgesync',
]);

/** "Create runbook: renew the Edge certificate of EDGE01". */
export function runbookTitle(runbook: Runbook): string {
  return `Create runbook: ${runbook.title.charAt(0).toLowerCase()}${runbook.title.slice(1)}`;
}

/** Whether a finding is the one that starts a runbook: same code, starting at the same place. */
function starts(t: RunbookTrigger, code: unknown, start: { line: number; character: number }): boolean {
  return t.diagnostic.code === code && t.diagnostic.range.start.line === start.line && t.diagnostic.range.start.character === start.character;
}

/** The runbook a finding of this file starts, when one does. */
export function runbookOf(triggers: readonly RunbookTrigger[], uri: string, code: unknown, start: { line: number; character: number }): Runbook | undefined {
  return triggers.find((t) => t.uri === uri && starts(t, code, start))?.runbook;
}

export function runbookActions(uri: string, diagnostics: readonly LspDiagnostic[], triggers: readonly RunbookTrigger[]): LspCodeAction[] {
  const out: LspCodeAction[] = [];
  for (const t of triggers) {
    if (t.uri !== uri) continue;
    const d = diagnostics.find((x) => starts(t, x.code, x.range.start));
    if (!d) continue;
    const title = runbookTitle(t.runbook);
    out.push({ title, kind: 'quickfix', diagnostics: [d], command: { title, command: OPEN_RUNBOOK_COMMAND, arguments: [runbookMarkdown(t.runbook)] } });
  }
  return out;
}
