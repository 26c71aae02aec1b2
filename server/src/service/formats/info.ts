// What each file format is, as data: its label, the comment syntax suppressions use, the file names and editor
// languages it comes in. Pure data with no imports, so the VS Code client and package.json generation can read it
// without the readers. Each id here has one reader in ./registry.ts; FileKind is derived from this table.

/** How a format writes a line comment (suppression comments, inserted fix comments). */
export type CommentStyle = 'xml' | 'hash' | 'slashes';

export interface FormatInfo {
  /** How people call it ("Format-List dump"). */
  label: string;
  comment: CommentStyle;
  /** File name endings (lower case, with the dot) that may hold it: the CLI's folder walk and the editor's file watcher. */
  extensions: readonly string[];
  /** VS Code language ids its documents come in (the client's document selector). */
  languages: readonly string[];
  /** Glob patterns of file names that are this format whatever they hold (workspace activation). */
  fileNames?: readonly string[];
}

export const FORMAT_INFO = {
  'edge-subscription': { label: 'EdgeSubscription file', comment: 'xml', extensions: ['.xml'], languages: ['xml'] },
  'format-list': {
    label: 'Format-List dump',
    comment: 'hash',
    extensions: ['.txt', '.log'],
    languages: ['exchange-format-list'],
    fileNames: [
      '*.fl.txt',
      '*-fl.txt',
      'Get-SendConnector*.txt',
      'Get-ReceiveConnector*.txt',
      'Get-ExchangeCertificate*.txt',
      'Get-OutboundConnector*.txt',
      'Get-InboundConnector*.txt',
    ],
  },
  'format-table': {
    label: 'Format-Table output',
    comment: 'hash',
    extensions: ['.txt', '.log'],
    // Pasted tables open in the dump language the client gives plain-text dumps.
    languages: ['exchange-format-list'],
  },
  'event-log-text': {
    label: 'Event log text',
    comment: 'hash',
    extensions: ['.txt', '.log'],
    // Pasted events open in the dump language the client gives plain-text exports.
    languages: ['exchange-format-list'],
  },
  clixml: { label: 'Export-Clixml export', comment: 'xml', extensions: ['.xml', '.clixml'], languages: ['xml'] },
  json: { label: 'ConvertTo-Json export', comment: 'slashes', extensions: ['.json'], languages: ['json'] },
  powershell: { label: 'PowerShell script', comment: 'hash', extensions: ['.ps1', '.psm1'], languages: ['powershell'], fileNames: ['*.ps1'] },
  'smtp-protocol-log': {
    label: 'SMTP protocol log',
    // `#` lines are the log's own header; a `# exchange-transport-...` line added to the log is a comment.
    comment: 'hash',
    extensions: ['.log', '.txt'],
    // VS Code opens *.log files in its Log language.
    languages: ['log'],
  },
  config: {
    label: 'exchange-transport configuration',
    comment: 'slashes',
    extensions: ['.json'],
    languages: ['json'],
    fileNames: ['.exchange-transport.json'],
  },
} as const satisfies Record<string, FormatInfo>;

/** A format this linter reads. */
export type FormatId = keyof typeof FORMAT_INFO;

/** What a file is: one of the formats, or nothing this linter reads. */
export type FileKind = FormatId | 'unknown';

export const FORMAT_IDS = Object.keys(FORMAT_INFO) as FormatId[];

export const UNKNOWN_LABEL = 'not an Exchange transport file';

export function kindLabel(kind: FileKind): string {
  return kind === 'unknown' ? UNKNOWN_LABEL : FORMAT_INFO[kind].label;
}

/** Every file name ending some format may come in. */
export const CANDIDATE_EXTENSIONS: readonly string[] = [...new Set(FORMAT_IDS.flatMap((id) => FORMAT_INFO[id].extensions))];

/** Every VS Code language some format comes in. */
export const EDITOR_LANGUAGES: readonly string[] = [...new Set(FORMAT_IDS.flatMap((id) => FORMAT_INFO[id].languages))];

/** A line comment in a format's syntax. */
export function lineComment(style: CommentStyle, body: string): string {
  return style === 'xml' ? `<!-- ${body} -->` : style === 'slashes' ? `// ${body}` : `# ${body}`;
}
