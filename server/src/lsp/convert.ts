// Engine shapes → LSP shapes. The engine's types mirror LSP, so this is mostly enum mapping.
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction as LspCodeAction,
  type CompletionItem as LspCompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol as LspSymbol,
} from 'vscode-languageserver/node';
import { COPY_COMMAND, SHOW_RULE_DOCS_COMMAND } from '../protocol';
import type { CodeAction, CompletionItem, CompletionKind, Diagnostic, DiagnosticFix, DocumentSymbol, Severity, SymbolKindName } from '../service';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL: Record<SymbolKindName, SymbolKind> = {
  file: SymbolKind.File,
  object: SymbolKind.Object,
  property: SymbolKind.Property,
  key: SymbolKind.Key,
  field: SymbolKind.Field,
};

export function toLspDiagnostic(d: Diagnostic, documentUri: string, withRelated: boolean): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: d.href },
    source: d.source,
    message: d.message,
    ...(withRelated && d.relatedInformation
      ? {
          relatedInformation: d.relatedInformation.map((r) => ({
            location: { uri: r.uri && r.uri !== documentUri && r.uri.includes(':') ? r.uri : documentUri, range: r.range },
            message: r.message,
          })),
        }
      : {}),
    ...(d.tags ? { tags: d.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated)) } : {}),
    // Comes back with code-action requests: the quick fix needs the command without recomputing.
    ...(d.fixes ? { data: { fixes: d.fixes } } : {}),
  };
}

/** An LSP diagnostic as the engine's code actions take it (code, range, message and the fixes). */
export function fromLspDiagnostic(d: LspDiagnostic): Diagnostic {
  const data = d.data as { fixes?: unknown } | undefined;
  const fixes = Array.isArray(data?.fixes) ? (data.fixes as DiagnosticFix[]).filter((f) => f && typeof f.title === 'string') : undefined;
  return {
    code: String(d.code ?? ''),
    severity: 'warning',
    message: typeof d.message === 'string' ? d.message : d.message.value,
    range: d.range,
    source: 'exchange-transport',
    href: d.codeDescription?.href ?? '',
    ...(fixes?.length ? { fixes } : {}),
  };
}

/** What the client can do with a code action beyond plain text edits. */
export interface ActionSupport {
  /** LSP 3.18 snippet text edits (workspace.workspaceEdit.snippetEditSupport). */
  snippetEdits: boolean;
  /** Client commands the client runs (initializationOptions.commands). */
  commands: ReadonlySet<string>;
}

/** An engine code action as LSP, or undefined when it needs a command the client does not run. */
export function toLspCodeAction(a: CodeAction, uri: string, diagnostics: LspDiagnostic[], support: ActionSupport): LspCodeAction | undefined {
  const command = a.copy !== undefined ? COPY_COMMAND : a.showDocs !== undefined ? SHOW_RULE_DOCS_COMMAND : undefined;
  if (command && !support.commands.has(command)) return undefined;
  const diag =
    a.diagnostic &&
    diagnostics.find(
      (d) =>
        d.code === a.diagnostic!.code &&
        d.range.start.line === a.diagnostic!.range.start.line &&
        d.range.start.character === a.diagnostic!.range.start.character,
    );
  const snippets = support.snippetEdits && a.snippetEdits?.length ? a.snippetEdits : undefined;
  return {
    title: a.title,
    kind: CodeActionKind.QuickFix,
    ...(diag ? { diagnostics: [diag] } : {}),
    ...(a.isPreferred ? { isPreferred: true } : {}),
    ...(snippets
      ? {
          edit: {
            documentChanges: [
              {
                textDocument: { uri, version: null },
                edits: snippets.map((e) => ({ range: e.range, snippet: { kind: 'snippet' as const, value: e.newText } })),
              },
            ],
          },
        }
      : a.edits
        ? { edit: { changes: { [uri]: a.edits } } }
        : {}),
    ...(a.copy !== undefined ? { command: { title: 'Copy fix', command: COPY_COMMAND, arguments: [a.copy] } } : {}),
    ...(a.showDocs !== undefined ? { command: { title: 'Show rule documentation', command: SHOW_RULE_DOCS_COMMAND, arguments: [a.showDocs] } } : {}),
  };
}

export function toLspSymbol(s: DocumentSymbol): LspSymbol {
  return {
    name: s.name,
    detail: s.detail,
    kind: SYMBOL[s.kind],
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children?.map(toLspSymbol),
  };
}

const COMPLETION: Record<CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  'enum-member': CompletionItemKind.EnumMember,
  rule: CompletionItemKind.Reference,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
};

export function toLspCompletion(c: CompletionItem): LspCompletionItem {
  return {
    label: c.label,
    kind: COMPLETION[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    textEdit: { range: c.range, newText: c.insertText ?? c.label },
    ...(c.snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...(c.filterText ? { filterText: c.filterText } : {}),
    sortText: c.sortText,
    // VS Code's own command: suggest again (a property's values after its name). Other clients ignore it.
    ...(c.retrigger ? { command: { title: 'Suggest values', command: 'editor.action.triggerSuggest' } } : {}),
  };
}
