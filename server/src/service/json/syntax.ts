// jsonc-parser errors → problems a person can act on: what is wrong and where. The ids are json-syntax's message ids;
// `found` is the offending text, cut short.
import { getLocation, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { SyntaxProblem } from '../document';
import type { LineIndex } from '../text/lineIndex';

/**
 * The first error (later ones are mostly its echoes), plus the end-of-file one when the text also ends inside a
 * value: both say something the user must fix.
 */
export function syntaxProblems(text: string, errors: readonly ParseError[], lines: LineIndex): SyntaxProblem[] {
  if (errors.length === 0) return [];
  const end = contentEnd(text);
  const problems: SyntaxProblem[] = [];
  const first = errors[0];
  problems.push(problem(text, first, end, lines));
  const cut = errors.find((e) => e !== first && atEnd(text, e, end));
  if (cut && !atEnd(text, first, end)) problems.push(problem(text, cut, end, lines));
  return problems;
}

/** A file with no JSON value at all (only blanks or comments). */
export function emptyProblem(text: string, lines: LineIndex): SyntaxProblem {
  return { id: 'empty', range: lines.range(0, Math.min(text.length, 1)) };
}

/** Thousands of nested brackets: not an export (ConvertTo-Json stops at -Depth 100), and too deep to read. */
export function tooDeepProblem(text: string, lines: LineIndex): SyntaxProblem {
  return { id: 'tooDeep', range: lines.range(0, Math.min(text.length, 1)) };
}

function problem(text: string, e: ParseError, end: number, lines: LineIndex): SyntaxProblem {
  if (atEnd(text, e, end)) {
    // Zero-width at the very end is hard to see: mark the last character written.
    const at = Math.max(0, end - 1);
    return { id: 'cut', range: lines.range(at, end) };
  }
  const comma = trailingComma(text, e);
  if (comma !== undefined) return { id: 'trailingComma', data: { next: text[nextNonBlankAt(text, e.offset)] }, range: lines.range(comma, comma + 1) };
  const range = lines.range(e.offset, e.offset + Math.max(e.length, 1));
  return { ...describe(text, e), range };
}

/** The problem's id and placeholders, by the parser's error code. */
function describe(text: string, e: ParseError): Pick<SyntaxProblem, 'id' | 'data'> {
  const raw = text.slice(e.offset, e.offset + Math.max(e.length, 1));
  const found = JSON.stringify(raw.length > 20 ? raw.slice(0, 20) + '…' : raw);
  switch (printParseErrorCode(e.error)) {
    case 'PropertyNameExpected':
      return { id: 'propertyNameExpected', data: { found } };
    case 'ValueExpected':
      return { id: 'valueExpected', data: { found } };
    case 'ColonExpected':
      return { id: 'colonExpected', data: { found } };
    case 'CommaExpected':
      return { id: 'commaExpected', data: { found } };
    case 'CloseBraceExpected':
      return { id: 'closeBraceExpected', data: { found } };
    case 'CloseBracketExpected':
      return { id: 'closeBracketExpected', data: { found } };
    case 'EndOfFileExpected':
      return { id: 'secondValue' };
    case 'InvalidSymbol':
      return getLocation(text, e.offset).isAtPropertyKey
        ? { id: 'unquotedName', data: { name: raw.length > 40 ? raw.slice(0, 39) + '…' : raw } }
        : { id: 'strayText', data: { found } };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { id: 'badNumber', data: { found } };
    case 'UnexpectedEndOfString':
      return { id: 'unclosedString' };
    case 'InvalidEscapeCharacter':
      return { id: 'badEscape' };
    case 'InvalidUnicode':
      return { id: 'badUnicode' };
    case 'InvalidCharacter':
      return { id: 'controlCharacter' };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { id: 'unclosedComment' };
    default:
      return { id: 'invalid', data: { found } };
  }
}

/**
 * The error is about the text having ended: it sits after the last non-blank character, or it is the last token
 * cut short (a string without its closing quote, "tru", "12." at the very end).
 */
function atEnd(text: string, e: ParseError, end: number): boolean {
  if (e.offset >= end) return true;
  if (e.length === 0 || e.offset + e.length < end) return false;
  const code = printParseErrorCode(e.error);
  if (code === 'UnexpectedEndOfString' || code === 'UnexpectedEndOfNumber') return true;
  const token = text.slice(e.offset, e.offset + e.length);
  return code === 'InvalidSymbol' && ['true', 'false', 'null'].some((w) => w.startsWith(token) && w !== token);
}

function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

function nextNonBlankAt(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** The offset of the comma when the error is "nothing after a comma, then } or ]". */
function trailingComma(text: string, e: ParseError): number | undefined {
  const code = printParseErrorCode(e.error);
  if (code !== 'PropertyNameExpected' && code !== 'ValueExpected') return undefined;
  const next = text[nextNonBlankAt(text, e.offset)];
  if (next !== '}' && next !== ']') return undefined;
  let i = e.offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : undefined;
}
