// Engine shapes → LSP shapes. The engine's types mirror LSP, so this is mostly enum mapping.
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  MarkupKind,
  SymbolKind,
  type CodeAction as LspCodeAction,
  type CompletionItem as LspCompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol as LspSymbol,
} from 'vscode-languageserver/node';
import { COPY_COMMAND } from '../protocol';
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

export function toLspCodeAction(a: CodeAction, uri: string, diagnostics: LspDiagnostic[]): LspCodeAction {
  const diag =
    a.diagnostic &&
    diagnostics.find(
      (d) =>
        d.code === a.diagnostic!.code &&
        d.range.start.line === a.diagnostic!.range.start.line &&
        d.range.start.character === a.diagnostic!.range.start.character,
    );
  return {
    title: a.title,
    kind: CodeActionKind.QuickFix,
    ...(diag ? { diagnostics: [diag] } : {}),
    ...(a.isPreferred ? { isPreferred: true } : {}),
    ...(a.edits ? { edit: { changes: { [uri]: a.edits } } } : {}),
    ...(a.copy ? { command: { title: 'Copy fix', command: COPY_COMMAND, arguments: [a.copy] } } : {}),
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
};

export function toLspCompletion(c: CompletionItem): LspCompletionItem {
  return {
    label: c.label,
    kind: COMPLETION[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    textEdit: { range: c.range, newText: c.insertText ?? c.label },
    sortText: c.sortText,
  };
}
