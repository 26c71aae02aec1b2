// `.exchange-transport.json`: per-rule severities and options, date order, file include/exclude globs.
// Parsed with jsonc-parser (comments allowed) so every problem has a range in the config file itself;
// anything invalid is reported and left at its default, never thrown.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { RULE_BY_ID } from '../rules';
import type { LineIndex } from '../text/lineIndex';
import { closestName } from '../text/suggest';
import type { Range, SeveritySetting } from '../types';

export const CONFIG_FILE_NAME = '.exchange-transport.json';

export interface ProjectConfig {
  rules: Record<string, SeveritySetting>;
  certificateExpiringDays?: number;
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

export function parseConfig(text: string, lines: LineIndex): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const config: ProjectConfig = { rules: {} };
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
  readRules(findNodeAtLocation(root, ['rules']), config, problems, at);
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

function readRules(node: Node | undefined, config: ProjectConfig, problems: ConfigProblem[], at: (n: Node | undefined) => Range): void {
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
    if (!RULE_BY_ID.has(id)) {
      const guess = closestName(id, RULE_BY_ID.keys());
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
        message: `The severity of ${id} is one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}; its default (${RULE_BY_ID.get(id)!.meta.defaultSeverity}) is used.`,
      });
      continue;
    }
    config.rules[id] = severity;
    const options = value?.type === 'array' ? value.children?.[1] : undefined;
    if (!options) continue;
    if (id === 'certificate-expiring' && options.type === 'object') {
      const days = findNodeAtLocation(options, ['days']);
      if (days && typeof days.value === 'number' && Number.isInteger(days.value) && days.value >= 0 && days.value <= 3650)
        config.certificateExpiringDays = days.value;
      else problems.push({ range: at(days ?? options), message: 'certificate-expiring takes { "days": N } with N from 0 to 3650; 30 is used.' });
    } else {
      problems.push({
        range: at(options),
        message: `${id} has no options${id === 'certificate-expiring' ? ' other than { "days": N }' : ''}; they are ignored.`,
      });
    }
  }
}
