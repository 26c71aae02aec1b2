// JUnit XML for CI test reports: one <testsuite> per file, one <testcase> per diagnostic (errors and warnings
// carry a <failure>, information and hints pass; the fixes' PowerShell is in the body), and a file without findings
// is one passing testcase, or one skipped testcase when nothing in it could be checked.
import type { Diagnostic } from '../../service';
import { allFixes } from './fixes';
import type { Formatter } from './types';
import { xmlAttr, xmlText } from './xml';

const FAILS = new Set(['error', 'warning']);

function where(d: Diagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character + 1}`;
}

function testcase(file: string, d: Diagnostic): string {
  const open = `    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(`${d.code} at ${where(d)}`)}" time="0"`;
  const detail = [`${where(d)} ${d.severity}: ${d.message} (${d.code}) ${d.href}`, ...allFixes(d).map((f) => `fix: ${f}`)].join('\n');
  if (FAILS.has(d.severity)) {
    return `${open}>\n      <failure message="${xmlAttr(d.message)}" type="${xmlAttr(d.code)}">${xmlText(detail)}</failure>\n    </testcase>`;
  }
  return `${open}>\n      <system-out>${xmlText(detail)}</system-out>\n    </testcase>`;
}

export const formatJunit: Formatter = (results) => {
  let tests = 0;
  let failures = 0;
  let skippedTotal = 0;
  const suites: string[] = [];
  for (const r of results) {
    const cases = r.diagnostics.map((d) => testcase(r.file, d));
    const failed = r.diagnostics.filter((d) => FAILS.has(d.severity)).length;
    let skipped = 0;
    if (cases.length === 0 && r.checked) cases.push(`    <testcase classname="${xmlAttr(r.file)}" name="no problems" time="0" />`);
    else if (cases.length === 0) {
      skipped = 1;
      cases.push(
        `    <testcase classname="${xmlAttr(r.file)}" name="not checked" time="0">\n      <skipped message="nothing in this file is an object this linter checks" />\n    </testcase>`,
      );
    }
    tests += cases.length;
    failures += failed;
    skippedTotal += skipped;
    suites.push(
      `  <testsuite name="${xmlAttr(r.file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${skipped}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="exchange-transport-lint" tests="${tests}" failures="${failures}" errors="0" skipped="${skippedTotal}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
