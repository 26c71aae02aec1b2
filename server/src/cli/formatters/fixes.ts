// How the formatters show a finding's fixes: the preferred one's PowerShell, or its title when it edits the file.
import type { Diagnostic, DiagnosticFix } from '../../service';

/** The text of a fix for one line: its command, else its title (a fix that edits the file). */
export function fixText(f: DiagnosticFix): string {
  return f.command ?? f.title;
}

/** The preferred fix's text, if the finding has a fix. */
export function preferredFix(d: Diagnostic): string | undefined {
  return d.fixes?.[0] ? fixText(d.fixes[0]) : undefined;
}

/** Every fix as `title: command` lines (the command alone when the title says nothing more). */
export function allFixes(d: Diagnostic): string[] {
  return (d.fixes ?? []).map((f) => (f.command ? `${f.title}: ${f.command}` : f.title));
}
