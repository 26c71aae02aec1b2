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

export interface ConfigProblem {
  range: Range;
  message: string;
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
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const at = (n: Node | undefined): Range => (n ? lines.range(n.offset, n.offset + n.length) : lines.range(0, 0));
  for (const e of errors) {
    problems.push({
      range: lines.range(e.offset, e.offset + Math.max(e.length, 1)),
      message: `The configuration is not valid JSON (${printParseErrorCode(e.error)}); the defaults are used until it is fixed.`,
    });
  }
  // A file that is not valid JSON is not half-applied: every setting keeps its default until it is fixed.
  if (!root || errors.length > 0) return { config, problems };
  if (root.type !== 'object') {
    problems.push({
      range: at(root),
      message: 'The configuration must be a JSON object, e.g. { "rules": { "ignore-starttls": "error" } }; the defaults are used.',
    });
    return { config, problems };
  }
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    const name = String(key?.value);
    if (!TOP_LEVEL.has(name)) {
      const guess = closestName(name, TOP_LEVEL);
      problems.push({
        range: at(key),
        message: `"${name}" is not a setting of ${CONFIG_FILE_NAME} (settings: rules, dateOrder, maxFileSize, include, exclude).${guess ? ` Did you mean "${guess}"?` : ''} It is ignored.`,
        replacement: guess ? `"${guess}"` : undefined,
      });
    }
  }
  readRules(findNodeAtLocation(root, ['rules']), config, problems, at, rules);
  const dateOrder = findNodeAtLocation(root, ['dateOrder']);
  if (dateOrder) {
    if (dateOrder.value === 'auto' || dateOrder.value === 'mdy' || dateOrder.value === 'dmy') config.dateOrder = dateOrder.value;
    else problems.push({ range: at(dateOrder), message: 'dateOrder is "auto", "mdy" (month first, en-US) or "dmy" (day first); "auto" is used.' });
  }
  const maxFileSize = findNodeAtLocation(root, ['maxFileSize']);
  if (maxFileSize) {
    if (typeof maxFileSize.value === 'number' && Number.isInteger(maxFileSize.value) && maxFileSize.value >= 1024) config.maxFileSize = maxFileSize.value;
    else problems.push({ range: at(maxFileSize), message: 'maxFileSize is a whole number of characters, at least 1024; the default (10 MB) is used.' });
  }
  for (const key of ['include', 'exclude'] as const) {
    const node = findNodeAtLocation(root, [key]);
    if (!node) continue;
    const globs = node.type === 'array' ? (node.children ?? []).map((c) => c.value) : undefined;
    if (globs && globs.every((g): g is string => typeof g === 'string' && g.length > 0)) config[key] = globs;
    else problems.push({ range: at(node), message: `${key} is a list of glob patterns relative to this file, e.g. ["dumps/**/*.txt"]; it is ignored.` });
  }
  return { config, problems };
}

function readRules(node: Node | undefined, config: ProjectConfig, problems: ConfigProblem[], at: (n: Node | undefined) => Range, rules: RuleCatalogue): void {
  if (!node) return;
  if (node.type !== 'object') {
    problems.push({
      range: at(node),
      message: 'rules maps rule ids to a severity, e.g. { "ignore-starttls": "error", "subscription-credentials": "off" }; it is ignored.',
    });
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
        message: `There is no rule "${id}".${guess ? ` Did you mean "${guess}"?` : ''} The entry is ignored.`,
        replacement: guess ? `"${guess}"` : undefined,
      });
      continue;
    }
    // "rule": "warning"  or  "rule": ["warning", { "days": 45 }]
    const severityNode = value?.type === 'array' ? value.children?.[0] : value;
    const severity = severityNode?.value;
    if (!SEVERITIES.includes(severity)) {
      problems.push({
        range: at(severityNode ?? value),
        message: `The severity of ${id} is one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}; its default (${defaultSeverity}) is used.`,
      });
      continue;
    }
    config.rules[id] = severity;
    const options = value?.type === 'array' ? value.children?.[1] : undefined;
    if (!options) continue;
    const specs = rules.options(id);
    if (!specs) {
      problems.push({ range: at(options), message: `${id} has no options; they are ignored.` });
      continue;
    }
    if (options.type !== 'object') {
      problems.push({ range: at(options), message: `The options of ${id} are an object: ${example(specs)}; they are ignored.` });
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
          message: `${id} has no option "${name}" (options: ${Object.keys(specs).join(', ')}); it is ignored.`,
          replacement: guess ? `"${guess}"` : undefined,
        });
        continue;
      }
      const problem = optionProblem(spec, optionValue?.value);
      if (problem) problems.push({ range: at(optionValue ?? optionKey), message: `${id} option ${name} ${problem}; ${String(spec.default)} is used.` });
      else values[name] = optionValue!.value;
    }
    if (Object.keys(values).length > 0) config.ruleOptions[id] = values;
  }
}

/** Why a value does not fit an option's schema, or undefined when it does. */
export function optionProblem(spec: RuleOptionSpec, value: unknown): string | undefined {
  if (spec.type === 'integer') {
    const range = `from ${spec.minimum ?? '-∞'} to ${spec.maximum ?? '∞'}`;
    if (typeof value !== 'number' || !Number.isInteger(value)) return `is a whole number ${range}`;
    if ((spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum)) return `is a whole number ${range}`;
    return undefined;
  }
  if (spec.type === 'boolean') return typeof value === 'boolean' ? undefined : 'is true or false';
  if (typeof value !== 'string') return 'is a string';
  return spec.enum && !spec.enum.includes(value) ? `is one of ${spec.enum.map((e) => `"${e}"`).join(', ')}` : undefined;
}

function example(specs: Readonly<Record<string, RuleOptionSpec>>): string {
  return `{ ${Object.entries(specs)
    .map(([k, v]) => `"${k}": ${JSON.stringify(v.default)}`)
    .join(', ')} }`;
}
