// Public API of the engine: the front ends (language server, CLI, client) import it only through this file.
export { createLanguageService, type LanguageService, type TextInput, type CheckResult } from './languageService';
export { analyze } from './analyze';
export { lint, lintProject, LintCancelled } from './lint';
export { RULES, RULE_BY_ID, RULE_CATALOGUE } from './rules';
export { docsUrl, fillTemplate, sourceLink, type RuleSource, type Rule, type RuleMeta, type RuleOptions, type RuleOptionSpec } from './rules/types';
export { resolveSettings, mergeRuleOptions, DEFAULT_SETTINGS, type LintSettings } from './settings';
export { decodeBytes, type DecodedText } from './text/decode';
export { LineIndex } from './text/lineIndex';
export { detectKind, isConfigFileName, FILE_KIND_LABELS } from './kinds';
export { FORMAT_INFO, FORMAT_IDS, CANDIDATE_EXTENSIONS, EDITOR_LANGUAGES, kindLabel, type FileKind, type FormatId, type FormatInfo } from './formats/info';
export { FORMATS, type FileFormat } from './formats/registry';
export { CONFIG_FILE_NAME, parseConfig, type ProjectConfig } from './config/configFile';
export { holdsKnownContent, claimsDocument, type AnalyzedFile } from './document';
export type * from './types';
export { SEVERITY_ORDER } from './types';
export type { CompletionItem, CompletionKind } from './completion';
export { trustMapMarkdown, trustMapHtml, type TrustMap, type TrustLink, type TrustFinding, type LinkStatus } from './project/trustMap';
export type { CodeAction, TextEdit } from './codeActions';
