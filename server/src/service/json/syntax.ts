// jsonc-parser errors → problems a person can act on: what is wrong, where, and how to get a clean export.
import { getLocation, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { SyntaxProblem } from '../document';
import type { LineIndex } from '../text/lineIndex';

const EXPORT_AGAIN = 'Export again with ConvertTo-Json -Depth 4 | Out-File -Encoding utf8';

export const CUT_MESSAGE = `The JSON ends early: the export was cut. ${EXPORT_AGAIN}.`;

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
  return { message: `The file holds no JSON value. ${EXPORT_AGAIN}.`, range: lines.range(0, Math.min(text.length, 1)) };
}

/** Thousands of nested brackets: not an export (ConvertTo-Json stops at -Depth 100), and too deep to read. */
export function tooDeepProblem(text: string, lines: LineIndex): SyntaxProblem {
  return {
    message: 'The JSON is nested thousands of levels deep, which no ConvertTo-Json export is (-Depth stops at 100); it was not read.',
    range: lines.range(0, Math.min(text.length, 1)),
  };
}

function problem(text: string, e: ParseError, end: number, lines: LineIndex): SyntaxProblem {
  if (atEnd(text, e, end)) {
    // Zero-width at the very end is hard to see: mark the last character written.
    const at = Math.max(0, end - 1);
    return { message: CUT_MESSAGE, range: lines.range(at, end) };
  }
  const comma = trailingComma(text, e);
  if (comma !== undefined) {
    return {
      message: `A comma with nothing after it: JSON allows no trailing comma before "${text[nextNonBlankAt(text, e.offset)]}", so the file was edited. Remove the comma, or ${lcFirst(EXPORT_AGAIN)}.`,
      range: lines.range(comma, comma + 1),
    };
  }
  const range = lines.range(e.offset, e.offset + Math.max(e.length, 1));
  return { message: describe(text, e), range };
}

function describe(text: string, e: ParseError): string {
  const found = text.slice(e.offset, e.offset + Math.max(e.length, 1));
  const shown = JSON.stringify(found.length > 20 ? found.slice(0, 20) + '…' : found);
  switch (printParseErrorCode(e.error)) {
    case 'PropertyNameExpected':
    case 'ValueExpected':
      return printParseErrorCode(e.error) === 'PropertyNameExpected'
        ? `A property name in double quotes was expected here, found ${shown}. The file is not valid JSON (edited by hand?); ${lcFirst(EXPORT_AGAIN)}.`
        : `A value was expected here, found ${shown}. The file is not valid JSON (edited by hand?); ${lcFirst(EXPORT_AGAIN)}.`;
    case 'ColonExpected':
      return `A ":" was expected between the property name and its value, found ${shown}.`;
    case 'CommaExpected':
      return `A "," was expected between two values, found ${shown}: a separator was deleted, or two exports were pasted together.`;
    case 'CloseBraceExpected':
      return `A "}" was expected to close the object, found ${shown}.`;
    case 'CloseBracketExpected':
      return `A "]" was expected to close the list, found ${shown}.`;
    case 'EndOfFileExpected':
      return `A second JSON value starts here, after the end of the first: two exports were written into one file (Out-File -Append?). Both were read, but JSON tools reject such a file: keep one export per file, or ${lcFirst(EXPORT_AGAIN)}.`;
    case 'InvalidSymbol':
      if (getLocation(text, e.offset).isAtPropertyKey) {
        return `Property names must be in double quotes: write "${found}". The file was edited by hand; ${lcFirst(EXPORT_AGAIN)}.`;
      }
      return `${shown} is not JSON: text was mixed into the export (a console message, a prompt, an edit). ${EXPORT_AGAIN}.`;
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return `${shown} is not a valid JSON number.`;
    case 'UnexpectedEndOfString':
      return `This string has no closing double quote.`;
    case 'InvalidEscapeCharacter':
      return `An invalid escape in a string: a backslash must be followed by ", \\, /, b, f, n, r, t or u (write a path as C:\\\\Temp).`;
    case 'InvalidUnicode':
      return `An invalid \\u escape: four hexadecimal digits must follow \\u.`;
    case 'InvalidCharacter':
      return `A control character (a tab or line break) inside a string must be escaped (\\t, \\n).`;
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return `A comment that is not closed ("*/" is missing).`;
    default:
      return `The JSON is not valid here (found ${shown}). ${EXPORT_AGAIN}.`;
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

function lcFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
