// Engine shapes → LSP shapes. The engine's types mirror LSP, so this is mostly enum mapping.
import {
  CompletionItemKind, DiagnosticSeverity, DiagnosticTag, MarkupKind, SymbolKind,
  type CompletionItem as LspCompletionItem, type Diagnostic as LspDiagnostic, type DocumentSymbol as LspSymbol,
} from 'vscode-languageserver/node';
import type { CompletionItem, CompletionKind, Diagnostic, DocumentSymbol, Severity, SymbolKindName } from '../service';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL: Record<SymbolKindName, SymbolKind> = {
  file: SymbolKind.File, object: SymbolKind.Object, property: SymbolKind.Property, key: SymbolKind.Key, field: SymbolKind.Field,
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
      ? { relatedInformation: d.relatedInformation.map((r) => ({ location: { uri: r.uri && r.uri !== documentUri && r.uri.includes(':') ? r.uri : documentUri, range: r.range }, message: r.message })) }
      : {}),
    ...(d.tags ? { tags: d.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated)) } : {}),
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
