// GUIDs as PowerShell prints them (8-4-4-4-12 hex digits), also accepted in braces or parentheses.
import { fail, ok, quote, type ValueResult } from './result';

const D_FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const N_FORM = /^[0-9a-f]{32}$/i;
const EXAMPLE = '"8a1f0c3e-2b47-4c1a-9e55-0d6b7a2c9f10"';

/** The GUID in lower-case 8-4-4-4-12 form. */
export function parseGuid(text: string): ValueResult<string> {
  let t = text.trim();
  if (t === '') return fail(`The value is empty; expected a GUID such as ${EXAMPLE}.`);
  if (t.length > 64) return fail(`${quote(t)} is not a GUID; expected 32 hex digits in groups of 8-4-4-4-12, e.g. ${EXAMPLE}.`);
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('(') && t.endsWith(')'))) t = t.slice(1, -1);
  if (D_FORM.test(t)) return ok(t.toLowerCase());
  if (N_FORM.test(t)) {
    const h = t.toLowerCase();
    return ok(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
  }
  return fail(`${quote(text.trim())} is not a GUID; expected 32 hex digits in groups of 8-4-4-4-12, e.g. ${EXAMPLE}.`);
}
