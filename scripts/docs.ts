// Rule documentation from the rule metadata (markdownlint's way): each docs/rules/<id>.md opens with a generated
// head (title, summary, severity, file kinds, options, fixes, Microsoft sources) and ends with a generated "How to
// suppress"; the author writes only the middle (what it checks, why it matters, the example, how to fix). The index
// docs/rules/README.md is generated whole. `npm run docs` rewrites them; test/unit/ruleDocs.test.ts keeps them current.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_INFO, RULES, sourceLink, type FileKind, type Rule, type RuleOptionSpec } from '../server/src/service';

export const DOCS_DIR = join(__dirname, '..', 'docs', 'rules');

const GENERATED_NOTE = '<!-- The head of this page and "How to suppress" are generated from the rule\'s metadata: edit the rule, then run npm run docs. -->';
const SUPPRESS_HEADING = '## How to suppress';

/** How pages name each file kind. */
export const KIND_LABELS: Record<FileKind, string> = {
  'edge-subscription': 'EdgeSubscription XML',
  'format-list': 'Format-List dump',
  'format-table': 'Format-Table output',
  clixml: 'Export-Clixml',
  json: 'ConvertTo-Json',
  powershell: 'PowerShell script',
  config: '.exchange-transport.json',
  'smtp-protocol-log': 'SMTP protocol log',
  'event-log-text': 'event log text',
  unknown: 'unrecognized files',
};

/** Short names for the index table. */
const KIND_SHORT: Record<FileKind, string> = {
  'edge-subscription': 'XML',
  'format-list': 'fl',
  'format-table': 'ft',
  clixml: 'Clixml',
  json: 'JSON',
  powershell: 'ps1',
  config: 'config',
  'smtp-protocol-log': 'log',
  'event-log-text': 'events',
  unknown: 'other',
};

/** Rules no comment inside the file can silence: the file is not read, or the finding is about the comment itself. */
export const CONFIG_ONLY = new Set(['file-too-large', 'suppression-unused', 'suppression-unknown-rule', 'file-unrecognized']);

const CATEGORY_TITLES: Record<string, string> = {
  file: 'Files, configuration and suppression comments',
  syntax: 'Syntax',
  subscription: 'EdgeSubscription files',
  certificate: 'Certificates',
  value: 'Values in dumps',
  'send-connector': 'Send connectors',
  'receive-connector': 'Receive connectors',
  'exchange-online': 'Exchange Online connectors',
  trust: 'Trust between files (Edge, Mailbox servers, certificates)',
  evidence: 'Evidence: protocol logs, events, EdgeSync and queues',
};

/** A template as the docs show it: `{{name}}` becomes `<name>`. */
function shown(template: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>');
}

function optionText(name: string, o: RuleOptionSpec): string {
  const bounds = o.type === 'integer' && (o.minimum !== undefined || o.maximum !== undefined) ? `, ${o.minimum ?? '…'} to ${o.maximum ?? '…'}` : '';
  const choices = o.enum ? `: ${o.enum.map((e) => `\`${e}\``).join(', ')}` : '';
  return `\`${name}\` (${o.type}${bounds}${choices}; default \`${JSON.stringify(o.default)}\`): ${o.description}`;
}

export function renderHead(rule: Rule): string {
  const m = rule.meta;
  const rows: [string, string][] = [
    ['Default severity', `\`${m.defaultSeverity}\``],
    ['File kinds', m.kinds.map((k) => KIND_LABELS[k]).join(', ')],
    ['Category', m.category],
    [
      'Looks at',
      rule.checkProject
        ? rule.check
          ? 'each file, and several files together'
          : 'several files together (a workspace, or the files of one CLI run)'
        : 'each file on its own',
    ],
  ];
  if (m.options)
    rows.push([
      'Options',
      Object.entries(m.options)
        .map(([k, o]) => optionText(k, o))
        .join('<br>'),
    ]);
  if (m.fixes) rows.push(['Fixes', Object.values<string>(m.fixes).map(shown).join('<br>')]);
  if (m.sources?.length)
    rows.push([
      'Microsoft documentation',
      m.sources
        .map((src) => {
          const l = sourceLink(src);
          return `[${l.title}](${l.url})`;
        })
        .join('<br>'),
    ]);
  return [
    `# ${m.id}`,
    '',
    m.description,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`),
    '',
    GENERATED_NOTE,
    '',
  ].join('\n');
}

/** The comment forms that can silence the rule, in each syntax its file kinds use. */
export function renderSuppress(rule: Rule): string {
  const id = rule.meta.id;
  const config = ['```json', `{ "rules": { "${id}": "off" } }`, '```'];
  const out = [SUPPRESS_HEADING, ''];
  if (CONFIG_ONLY.has(id)) {
    out.push(
      'No comment in the file can silence it. Turn it off, or change its severity (`hint`, `information`, `warning`,',
      '`error`), in `.exchange-transport.json`:',
      '',
      ...config,
    );
    return out.join('\n') + '\n';
  }
  const kinds = rule.meta.kinds.filter((k): k is Exclude<FileKind, 'unknown'> => k !== 'unknown');
  out.push('Put a comment with a reason on the line before the finding:', '');
  const seen = new Set<string>();
  for (const k of kinds) {
    const style = FORMAT_INFO[k].comment;
    const line =
      style === 'xml'
        ? `<!-- exchange-transport-disable-next-line ${id} -- reason -->`
        : `${style === 'slashes' ? '//' : '#'} exchange-transport-disable-next-line ${id} -- reason`;
    if (seen.has(line)) continue;
    seen.add(line);
    const where = kinds.filter((x) => FORMAT_INFO[x].comment === style).map((x) => KIND_LABELS[x]);
    out.push(`- ${where.join(', ')}: \`${line}\``);
  }
  out.push(
    '',
    'To turn it off everywhere, or change its severity (`hint`, `information`, `warning`, `error`), use',
    '`.exchange-transport.json`:',
    '',
    ...config,
  );
  return out.join('\n') + '\n';
}

/** The author's part of a page: from its first `## ` section after the head up to "How to suppress". */
export function authoredPart(page: string): string {
  const text = page.replace(/\r\n/g, '\n');
  const start = text.search(/^## /m);
  if (start < 0) return '';
  const end = text.indexOf(`\n${SUPPRESS_HEADING}`);
  return text.slice(start, end >= 0 ? end + 1 : undefined).trimEnd() + '\n';
}

export function renderPage(rule: Rule, current: string): string {
  return `${renderHead(rule)}\n${authoredPart(current)}\n${renderSuppress(rule)}`;
}

export function renderIndex(rules: readonly Rule[] = RULES): string {
  const out = [
    '# Rules',
    '',
    '<!-- Generated from the rule metadata by npm run docs: do not edit. -->',
    '',
    'One page per rule: what it checks, why it matters for TLS between Edge Transport and Mailbox (Hub) servers,',
    'for clear-text mail or for relay, an example, the PowerShell that fixes it, and how to suppress it. Every',
    'diagnostic links to its page.',
    '',
    `File kinds: ${(Object.keys(KIND_SHORT) as FileKind[]).map((k) => `**${KIND_SHORT[k]}** ${KIND_LABELS[k]}`).join(', ')}.`,
    'Rules marked *cross-file* compare the files of a workspace (or of one CLI run) with each other.',
    '',
    'Change a severity, set an option or turn a rule off in `.exchange-transport.json`:',
    '',
    '```json',
    '{',
    '  "rules": {',
    '    "subscription-credentials": "off",',
    '    "ignore-starttls": "error",',
    '    "certificate-expiring": ["warning", { "days": 45 }]',
    '  }',
    '}',
    '```',
    '',
    'Silence one finding, with a reason, on the line before it: `# exchange-transport-disable-next-line <rule> -- reason`',
    'in dumps and scripts, `<!-- exchange-transport-disable-next-line <rule> -- reason -->` in XML, `// ...` in JSON.',
  ];
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    const inCategory = rules.filter((r) => r.meta.category === category);
    if (inCategory.length === 0) continue;
    out.push('', `## ${title}`, '', '| Rule | Default | Files | Finds |', '|---|---|---|---|');
    for (const r of inCategory) {
      const files = r.meta.kinds.map((k) => KIND_SHORT[k]).join(', ') + (r.checkProject ? (r.check ? ' (+ cross-file)' : ' (cross-file)') : '');
      out.push(`| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.defaultSeverity} | ${files} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
    }
  }
  return out.join('\n') + '\n';
}

/** Every generated file with its expected content. */
export function generatedDocs(): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of RULES) {
    const path = join(DOCS_DIR, `${rule.meta.id}.md`);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '## What it checks\n\n## Why it matters\n\n## Example\n\n## How to fix\n';
    out.set(path, renderPage(rule, current));
  }
  out.set(join(DOCS_DIR, 'README.md'), renderIndex());
  return out;
}

if (process.argv[1]?.endsWith('docs.ts')) {
  let changed = 0;
  for (const [path, text] of generatedDocs()) {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    changed++;
  }
  process.stdout.write(`docs/rules: ${changed} file(s) written\n`);
}
