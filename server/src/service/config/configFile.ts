// `.exchange-transport.json`: per-rule severities and options, date order, file include/exclude globs.
// Parsed with jsonc-parser (comments allowed) so every problem has a range in the config file itself;
// anything invalid is reported and left at its default, never thrown.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { RuleCatalogue, RuleOptionSpec } from '../formats/registry';
import type { RuleOptions } from '../rules/types';
import type { LineIndex } from '../text/lineIndex';
import { closestName } from '../text/suggest';
import type { Range, SeveritySetting } from '../types';

export const CONFIG_FILE_NAME = '.exchange-transport.json';

export interface ProjectConfig {
  rules: Record<string, SeveritySetting>;
  /** Option values by rule id, checked against each rule's schema. */
  ruleOptions: Record<string, RuleOptions>;
  dateOrder?: 'auto' | 'mdy' | 'dmy';
  maxFileSize?: number;
  include?: string[];
  exclude?: string[];
}

/** Ids are config-invalid's message ids; `data` fills their placeholders. */
export type ConfigProblemId =
  | 'notJson'
  | 'notObject'
  | 'unknownSetting'
  | 'unknownSettingGuess'
  | 'rulesNotObject'
  | 'unknownRule'
  | 'unknownRuleGuess'
  | 'badSeverity'
  | 'noOptions'
  | 'optionsNotObject'
  | 'unknownOption'
  | 'unknownOptionGuess'
  | 'badOption'
  | 'badDateOrder'
  | 'badMaxFileSize'
  | 'badGlobs'
  | 'globTooComplex'
  | 'tooDeep';

export interface ConfigProblem {
  range: Range;
  id: ConfigProblemId;
  data?: Readonly<Record<string, string | number>>;
  /** The name to write instead of a misspelt one (with its quotes). */
  replacement?: string;
}

export interface ParsedConfig {
  config: ProjectConfig;
  problems: ConfigProblem[];
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];
const TOP_LEVEL = new Set(['$schema', 'rules', 'dateOrder', 'maxFileSize', 'include', 'exclude']);

export function parseConfig(text: string, lines: LineIndex, rules: RuleCatalogue): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const config: ProjectConfig = { rules: {}, ruleOptions: {} };
  const errors: ParseError[] = [];
  const at = (n: Node | undefined): Range => (n ? lines.range(n.offset, n.offset + n.length) : lines.range(0, 0));
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (e) {
    // jsonc-parser recurses per level: thousands of `[` overflow the stack (see json/values.ts).
    if (!(e instanceof RangeError)) throw e;
    problems.push({ range: lines.range(0, Math.min(text.length, 1)), id: 'tooDeep' });
    return { config, problems };
  }
  // The first error only: the ones after it are mostly its echoes. At the very end, mark the last character.
  const first = errors[0];
  if (first) {
    const end = text.trimEnd().length;
    const atEnd = first.offset >= end;
    const start = atEnd ? Math.max(end - 1, 0) : first.offset;
    const stop = atEnd ? start + 1 : first.offset + Math.max(first.length, 1);
    problems.push({ range: lines.range(start, stop), id: 'notJson', data: { error: printParseErrorCode(first.error) } });
  }
  // A file that is not valid JSON is not half-applied: every setting keeps its default until it is fixed.
  if (!root || errors.length > 0) return { config, problems };
  if (root.type !== 'object') {
    problems.push({ range: at(root), id: 'notObject' });
    return { config, problems };
  }
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    const name = String(key?.value);
    if (!TOP_LEVEL.has(name)) {
      const guess = closestName(name, TOP_LEVEL);
      problems.push({
        range: at(key),
        id: guess ? 'unknownSettingGuess' : 'unknownSetting',
        data: { name: clip(name), guess: guess ?? '' },
        replacement: guess ? `"${guess}"` : undefined,
      });
    }
  }
  readRules(findNodeAtLocation(root, ['rules']), config, problems, at, rules);
  const dateOrder = findNodeAtLocation(root, ['dateOrder']);
  if (dateOrder) {
    if (dateOrder.value === 'auto' || dateOrder.value === 'mdy' || dateOrder.value === 'dmy') config.dateOrder = dateOrder.value;
    else problems.push({ range: at(dateOrder), id: 'badDateOrder' });
  }
  const maxFileSize = findNodeAtLocation(root, ['maxFileSize']);
  if (maxFileSize) {
    if (typeof maxFileSize.value === 'number' && Number.isInteger(maxFileSize.value) && maxFileSize.value >= 1024) config.maxFileSize = maxFileSize.value;
    else problems.push({ range: at(maxFileSize), id: 'badMaxFileSize' });
  }
  for (const key of ['include', 'exclude'] as const) {
    const node = findNodeAtLocation(root, [key]);
    if (!node) continue;
    const globs = node.type === 'array' ? (node.children ?? []).map((c) => c.value) : undefined;
    if (!globs || !globs.every((g): g is string => typeof g === 'string' && g.length > 0)) problems.push({ range: at(node), id: 'badGlobs', data: { key } });
    else if (globs.some(tooComplex)) problems.push({ range: at(node), id: 'globTooComplex', data: { key } });
    else config[key] = globs;
  }
  return { config, problems };
}

/** Limits on a glob: minimatch throws on very long patterns, and brace groups multiply (`{a,b}` × 20: a million). */
const MAX_GLOB_LENGTH = 500;
const MAX_BRACE_GROUPS = 6;

function tooComplex(glob: string): boolean {
  return glob.length > MAX_GLOB_LENGTH || (glob.match(/\{/g)?.length ?? 0) > MAX_BRACE_GROUPS;
}

function readRules(node: Node | undefined, config: ProjectConfig, problems: ConfigProblem[], at: (n: Node | undefined) => Range, rules: RuleCatalogue): void {
  if (!node) return;
  if (node.type !== 'object') {
    problems.push({ range: at(node), id: 'rulesNotObject' });
    return;
  }
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    const id = String(key?.value);
    const defaultSeverity = rules.defaultSeverity(id);
    if (defaultSeverity === undefined) {
      const guess = closestName(id, rules.ids());
      problems.push({
        range: at(key),
        id: guess ? 'unknownRuleGuess' : 'unknownRule',
        data: { id: clip(id), guess: guess ?? '' },
        replacement: guess ? `"${guess}"` : undefined,
      });
      continue;
    }
    // "rule": "warning"  or  "rule": ["warning", { "days": 45 }]
    const severityNode = value?.type === 'array' ? value.children?.[0] : value;
    const severity = severityNode?.value;
    if (!SEVERITIES.includes(severity)) {
      problems.push({ range: at(severityNode ?? value), id: 'badSeverity', data: { id, default: defaultSeverity } });
      continue;
    }
    config.rules[id] = severity;
    const options = value?.type === 'array' ? value.children?.[1] : undefined;
    if (!options) continue;
    const specs = rules.options(id);
    if (!specs) {
      problems.push({ range: at(options), id: 'noOptions', data: { id } });
      continue;
    }
    if (options.type !== 'object') {
      problems.push({ range: at(options), id: 'optionsNotObject', data: { id, example: example(specs) } });
      continue;
    }
    const values: Record<string, number | boolean | string> = {};
    for (const option of options.children ?? []) {
      const [optionKey, optionValue] = option.children ?? [];
      const name = String(optionKey?.value);
      const spec = specs[name];
      if (!spec) {
        const guess = closestName(name, Object.keys(specs));
        problems.push({
          range: at(optionKey),
          id: guess ? 'unknownOptionGuess' : 'unknownOption',
          data: { id, name: clip(name), guess: guess ?? '', options: Object.keys(specs).join(', ') },
          replacement: guess ? `"${guess}"` : undefined,
        });
        continue;
      }
      const problem = optionProblem(spec, optionValue?.value);
      if (problem)
        problems.push({ range: at(optionValue ?? optionKey), id: 'badOption', data: { id, name, requirement: problem, default: String(spec.default) } });
      else values[name] = optionValue!.value;
    }
    if (Object.keys(values).length > 0) config.ruleOptions[id] = values;
  }
}

/** Why a value does not fit an option's schema, or undefined when it does. */
export function optionProblem(spec: RuleOptionSpec, value: unknown): string | undefined {
  if (spec.type === 'integer') {
    const range = `from ${spec.minimum ?? '-∞'} to ${spec.maximum ?? '∞'}`;
    if (typeof value !== 'number' || !Number.isInteger(value)) return `is not a whole number ${range}`;
    if ((spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum)) return `is not a whole number ${range}`;
    return undefined;
  }
  if (spec.type === 'boolean') return typeof value === 'boolean' ? undefined : 'is not true or false';
  if (typeof value !== 'string') return 'is not a string';
  return spec.enum && !spec.enum.includes(value) ? `is not one of ${spec.enum.map((e) => `"${e}"`).join(', ')}` : undefined;
}

/** A name from the file, short enough for a message. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function example(specs: Readonly<Record<string, RuleOptionSpec>>): string {
  return `{ ${Object.entries(specs)
    .map(([k, v]) => `"${k}": ${JSON.stringify(v.default)}`)
    .join(', ')} }`;
}
