// Booleans as Format-List prints them (True/False), as PowerShell literals ($true/$false) and as JSON (true/false).
import { fail, ok, quote, type ValueResult } from './result';

export function parseBool(text: string): ValueResult<boolean> {
  const t = text.length <= 64 ? text.trim().toLowerCase() : '';
  if (t === 'true' || t === '$true') return ok(true);
  if (t === 'false' || t === '$false') return ok(false);
  if (text.trim() === '') return fail('The value is empty; expected True or False.');
  return fail(`${quote(text)} is not a Boolean; Exchange writes True or False ($true or $false in PowerShell).`);
}
