// Public API of the engine.
export { createLanguageService, type LanguageService, type TextInput, type CheckResult } from './languageService';
export { analyze } from './analyze';
export { lint, lintProject, LintCancelled } from './lint';
export { RULES, RULE_BY_ID } from './rules';
export { docsUrl, type RuleMeta } from './rules/types';
export { resolveSettings, DEFAULT_SETTINGS, type LintSettings } from './settings';
export { decodeBytes, type DecodedText } from './text/decode';
export { detectKind, FILE_KIND_LABELS, type FileKind } from './kinds';
export type * from './types';
export type { CompletionItem, CompletionKind } from './completion';
export { trustMapMarkdown, trustMapHtml, type TrustMap, type TrustLink } from './project/trustMap';
export { COPY_COMMAND, type CodeAction, type TextEdit } from './codeActions';
