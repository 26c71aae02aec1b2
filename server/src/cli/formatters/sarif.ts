// SARIF 2.1.0 (OASIS errata 01), as GitHub code scanning accepts it: one run, every rule's metadata with its help
// URI, results with 1-based regions on files relative to %SRCROOT% (the working directory). Only positions and the
// engine's messages are written, never file contents (no snippets), so nothing secret from a file can leak.
// Fixes: every fix in the result's properties (title and PowerShell command); those that edit the file also as
// SARIF fixes (a description and the replacements).
import { pathToFileURL } from 'node:url';
import { RULES, docsUrl, type Diagnostic, type DiagnosticFix, type Range, type RelatedInformation, type RuleMeta, type Severity } from '../../service';
import { localPath, relativePath } from './paths';
import type { Formatter } from './types';
import { repository, version } from '../../../../package.json';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const TOOL_NAME = 'exchange-transport-lint';
export const INFORMATION_URI = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription?: { text: string };
  helpUri?: string;
  help?: { text: string; markdown: string };
  defaultConfiguration?: { level: Level };
  properties?: { tags: string[] };
}

/** kebab-case id to the PascalCase name SARIF suggests for rules, e.g. subscription-expired → SubscriptionExpired. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function descriptor(meta: RuleMeta): ReportingDescriptor {
  const helpUri = docsUrl(meta.id);
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    helpUri,
    help: { text: `${meta.description} Documentation: ${helpUri}`, markdown: `${meta.description}\n\n[Rule documentation](${helpUri})` },
    defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
    properties: { tags: [meta.category] },
  };
}

/** A URI reference for a path relative to %SRCROOT%: each segment percent-encoded, forward slashes kept. */
function encodeRelative(rel: string): string {
  return rel
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativePath(file, cwd);
  return rel !== undefined ? { uri: encodeRelative(rel), uriBaseId: SRCROOT } : { uri: pathToFileURL(localPath(file)).href };
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export const formatSarif: Formatter = (results, options) => {
  const cwd = options.cwd ?? process.cwd();
  const rules: ReportingDescriptor[] = RULES.map((r) => descriptor(r.meta));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // A code the rule list does not know (should not happen) still gets a descriptor, so ruleIndex stays valid.
  const ruleIndex = (d: Diagnostic): number => {
    let i = index.get(d.code);
    if (i === undefined) {
      i = rules.push({ id: d.code, ...(isHttpUrl(d.href) ? { helpUri: d.href } : {}) }) - 1;
      index.set(d.code, i);
    }
    return i;
  };
  const related = (ri: RelatedInformation, id: number, file: string) => ({
    id,
    physicalLocation: { artifactLocation: artifactLocation(ri.uri ?? file, cwd), region: region(ri.range) },
    message: { text: ri.message },
  });
  const fileFix = (f: DiagnosticFix, file: string) => ({
    description: { text: f.title },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(file, cwd),
        replacements: f.edits!.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
      },
    ],
  });
  const sarifResults = results.flatMap((r) =>
    r.diagnostics.map((d) => {
      const edits = (d.fixes ?? []).filter((f) => f.edits?.length);
      return {
        ruleId: d.code,
        ruleIndex: ruleIndex(d),
        level: LEVELS[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file, cwd), region: region(d.range) } }],
        ...(d.relatedInformation?.length ? { relatedLocations: d.relatedInformation.map((ri, i) => related(ri, i + 1, r.file)) } : {}),
        ...(edits.length ? { fixes: edits.map((f) => fileFix(f, r.file)) } : {}),
        ...(d.fixes?.length ? { properties: { fixes: d.fixes.map((f) => ({ title: f.title, ...(f.command ? { command: f.command } : {}) })) } } : {}),
      };
    }),
  );
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, informationUri: INFORMATION_URI, version, semanticVersion: version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
