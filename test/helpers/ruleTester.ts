// RuleTester: a dump, script or XML carries its expected findings inline, under the line they are about.
//
//   IgnoreSTARTTLS                   : True
//   #                                  ^^^^ ignore-starttls[ignoring] fix: Set-SendConnector -Identity "X" -IgnoreSTARTTLS $false
//
// An annotation is a comment line (`#`, `//` or `<!-- ... -->`) whose carets sit under the columns of the finding
// on the nearest line above that is not an annotation. `<---- rule-id` marks columns 0 to 5, for findings that
// start at the line start. After the rule id: an optional `[messageId]`, `fix: <command>` (the preferred fix's
// PowerShell), `fixes: <command> || <command>` (every fix command, in order), `edit: <text>` (the preferred fix
// edits the file to this text), `no-fix: <text>` (no fix command contains it). Annotation lines are removed before
// linting, so the file is linted as written without them.
//
// Each case checks exactly the findings of the rules it names (by default the rule under test): every expected
// one is there, with that range, message id and fix, and nothing else of those rules is. Messages are checked for
// shape (a filled template, one sentence up to 200 characters), never for wording.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, RULE_BY_ID, type Diagnostic, type LintSettings, type TextInput } from '../../server/src/service';
import { loadGrammar } from './powershellGrammar';

export interface RuleCase {
  /** Test title (default: the file name). */
  name?: string;
  /** File name (it decides the format for scripts and the configuration; others are detected by content). */
  file?: string;
  text?: string;
  /** Several files checked together (cross-file rules); annotations may sit in any of them. */
  files?: Record<string, string>;
  /** ISO instant to evaluate at (default 2024-06-01T00:00:00Z). */
  now?: string;
  settings?: Partial<LintSettings>;
  /** Rule ids whose findings are compared (default: the rule under test). */
  rules?: string[];
}

export interface Expectation {
  file: string;
  code: string;
  messageId?: string;
  line: number;
  start: number;
  end: number;
  /** The caret span reaches the end of its line: the finding may continue on later lines. */
  toLineEnd: boolean;
  fix?: string;
  fixes?: string[];
  edit?: string;
  noFix?: string;
}

const DEFAULT_NOW = '2024-06-01T00:00:00Z';

// `#   ^^^^ rule-id[messageId] fix: ...`, also after `//` or `<!--` (a trailing `-->` is dropped).
const CARETS = /^(\s*(?:#|\/\/|<!--)\s*?)(\^+)\s+([a-z0-9-]+)(?:\[(\w+)\])?(.*?)(?:\s*-->)?\s*$/;
const ARROW = /^\s*(?:#|\/\/|<!--)\s*(<-*)\s+([a-z0-9-]+)(?:\[(\w+)\])?(.*?)(?:\s*-->)?\s*$/;

/** Splits a fixture into the text to lint and the findings its annotations expect. */
export function parseAnnotations(file: string, source: string): { text: string; expected: Expectation[] } {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const kept: string[] = [];
  const expected: Expectation[] = [];
  for (const line of source.split(/\r?\n/)) {
    const caret = CARETS.exec(line);
    const arrow = caret ? undefined : ARROW.exec(line);
    if (!caret && !arrow) {
      kept.push(line);
      continue;
    }
    const target = kept.length - 1;
    assert.ok(target >= 0, `${file}: an annotation before any line: ${line}`);
    const targetLength = kept[target].length;
    const [start, end, code, messageId, rest] = caret
      ? [caret[1].length, caret[1].length + caret[2].length, caret[3], caret[4], caret[5]]
      : [0, arrow![1].length, arrow![2], arrow![3], arrow![4]];
    expected.push({ file, code, messageId, line: target, start, end, toLineEnd: end >= targetLength, ...options(rest) });
  }
  return { text: kept.join(eol), expected };
}

function options(rest: string): Pick<Expectation, 'fix' | 'fixes' | 'edit' | 'noFix'> {
  const out: Pick<Expectation, 'fix' | 'fixes' | 'edit' | 'noFix'> = {};
  const re = /\b(fix|fixes|edit|no-fix):\s*(.*?)(?=\s+\b(?:fix|fixes|edit|no-fix):|$)/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const value = m[2].trim();
    if (m[1] === 'fix') out.fix = value;
    else if (m[1] === 'fixes') out.fixes = value.split(/\s*\|\|\s*/);
    else if (m[1] === 'edit') out.edit = value;
    else out.noFix = value;
  }
  assert.equal(rest.replace(re, '').trim(), '', `unreadable annotation options: ${rest}`);
  return out;
}

const service = createLanguageService();

/** Lints the files of a case together (each file's own findings plus the cross-file ones), by file name. */
export function lintCase(files: Record<string, string>, settings: Partial<LintSettings>): Map<string, Diagnostic[]> {
  const inputs: TextInput[] = Object.entries(files).map(([uri, text]) => ({ uri, text }));
  const project = service.checkProject(inputs, settings);
  return new Map(inputs.map((i) => [i.uri, service.validate(i, settings, undefined, project.get(i.uri))]));
}

/** The shape every message must have, whatever its wording. */
export function assertMessageShape(d: Diagnostic): void {
  assert.doesNotMatch(d.message, /\{\{\s*\w+\s*\}\}/, `${d.code}: unfilled placeholder in "${d.message}"`);
  assert.ok(d.message.length <= 200, `${d.code}: message over 200 characters (${d.message.length}): ${d.message}`);
  assert.ok(d.message.trim().length > 0, `${d.code}: empty message`);
  for (const f of d.fixes ?? []) assert.doesNotMatch(f.title, /\{\{\s*\w+\s*\}\}/, `${d.code}: unfilled placeholder in fix title "${f.title}"`);
  if (d.messageId) {
    const meta = RULE_BY_ID.get(d.code)?.meta;
    assert.ok(meta?.messages && d.messageId in meta.messages, `${d.code}: messageId ${d.messageId} is not in the rule's messages`);
  }
}

function describeDiag(d: Diagnostic): string {
  const r = d.range;
  return `${d.code}[${d.messageId ?? '-'}] ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} "${d.message}"`;
}

function matches(d: Diagnostic, e: Expectation): boolean {
  const r = d.range;
  if (d.code !== e.code || r.start.line !== e.line || r.start.character !== e.start) return false;
  if (r.end.line === r.start.line) return r.end.character === e.end;
  return e.toLineEnd;
}

/** Runs one case and checks its findings against its annotations. */
export function checkCase(ruleId: string, c: RuleCase, expectFindings: boolean): void {
  const sources = c.files ?? { [c.file ?? 'case.txt']: c.text ?? '' };
  const files: Record<string, string> = {};
  const expected: Expectation[] = [];
  for (const [name, source] of Object.entries(sources)) {
    const parsed = parseAnnotations(name, source);
    files[name] = parsed.text;
    expected.push(...parsed.expected);
  }
  const rules = new Set(c.rules ?? [ruleId]);
  for (const e of expected) assert.ok(rules.has(e.code), `annotation for ${e.code}, which this case does not check (rules: ${[...rules].join(', ')})`);
  if (expectFindings) assert.ok(expected.length > 0, 'an invalid case needs at least one annotation');
  else assert.equal(expected.length, 0, 'a valid case has no annotations');
  const settings: Partial<LintSettings> = { now: new Date(c.now ?? DEFAULT_NOW), ...c.settings };
  const results = lintCase(files, settings);
  for (const [name, diagnostics] of results) {
    const actual = diagnostics.filter((d) => rules.has(d.code));
    actual.forEach(assertMessageShape);
    const mine = expected.filter((e) => e.file === name);
    const unmatched = [...actual];
    for (const e of mine) {
      const i = unmatched.findIndex((d) => matches(d, e));
      assert.ok(i >= 0, `${name}: expected ${e.code} at ${e.line}:${e.start}-${e.end}; got:\n  ${actual.map(describeDiag).join('\n  ') || '(no findings)'}`);
      const d = unmatched.splice(i, 1)[0];
      if (e.messageId) assert.equal(d.messageId, e.messageId, `${name}: message id of ${describeDiag(d)}`);
      const commands = (d.fixes ?? []).map((f) => f.command).filter((x): x is string => !!x);
      if (e.fix !== undefined) assert.equal(d.fixes?.[0]?.command, e.fix, `${name}: preferred fix of ${describeDiag(d)}`);
      if (e.fixes) assert.deepEqual(commands, e.fixes, `${name}: fixes of ${describeDiag(d)}`);
      if (e.edit !== undefined) assert.equal(d.fixes?.[0]?.edits?.map((x) => x.newText).join(' '), e.edit, `${name}: edit of ${describeDiag(d)}`);
      if (e.noFix !== undefined) {
        for (const cmd of commands) assert.ok(!cmd.includes(e.noFix), `${name}: a fix of ${d.code} contains "${e.noFix}": ${cmd}`);
      }
    }
    assert.equal(unmatched.length, 0, `${name}: unexpected findings:\n  ${unmatched.map(describeDiag).join('\n  ')}`);
  }
}

/** ESLint's RuleTester, for this engine: `valid` cases raise nothing of the rule, `invalid` ones exactly what they annotate. */
export function ruleTester(ruleId: string, cases: { valid?: RuleCase[]; invalid?: RuleCase[] }): void {
  describe(ruleId, () => {
    // Scripts are read with the PowerShell grammar, which the front ends load at start.
    before(loadGrammar);
    it('is a registered rule', () => assert.ok(RULE_BY_ID.has(ruleId), `no rule ${ruleId}`));
    for (const c of cases.valid ?? []) it(`valid: ${c.name ?? c.file ?? 'case'}`, () => checkCase(ruleId, c, false));
    for (const c of cases.invalid ?? []) it(`invalid: ${c.name ?? c.file ?? 'case'}`, () => checkCase(ruleId, c, true));
  });
}
