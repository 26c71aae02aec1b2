// Data for the code-server end-to-end test (test/e2e/run.ts).
// Each scenario opens one file of test/e2e/workspace/ in a real VS Code
// workbench and checks what the extension shows for it. Add a scenario by
// adding a fixture file and an entry here; run.ts needs no change.
import { protocolLogScenario } from './scenarioProtocolLog';

export interface HoverCheck {
  /** Text at the start of the editor token to put the mouse on. */
  anchor: string;
  /**
   * Only look for the anchor token in the editor line whose rendered text
   * matches this (Monaco renders spaces as U+00A0: write \s, not ' ').
   */
  line?: RegExp;
  /**
   * Every pattern must match the text of the hover provider's part of the
   * hover widget (.markdown-hover); the diagnostics shown in the same widget
   * are not searched, so a rule message that quotes the subject cannot pass it.
   */
  expect: RegExp[];
}

export interface Scenario {
  /** Short id, used for --only and in screenshot names. */
  id: string;
  /** What the scenario shows, for the log. */
  title: string;
  /** Path of the file to open, relative to the workspace folder. */
  file: string;
  /** Text the editor must show once the file is open (proves the right file is shown). */
  editorText: string;
  /** Language mode the status bar must show for the file (the language's first alias). */
  languageMode?: string;
  /**
   * The file name must match none of the file name patterns, extensions and
   * file names of the languages the extension contributes (checked before the
   * run), so `languageMode` can only come from the client's content detection.
   */
  detectedByContent?: boolean;
  /**
   * Bring the first line of the fixture that matches this into view (Go to
   * Line, Ctrl+G) before the checks; the squiggle must then be on that line.
   * Monaco renders only the lines in view, so findings further down need it.
   * Also matched against the rendered line, where spaces are U+00A0: \s.
   */
  reveal?: RegExp;
  /** Squiggle the extension must draw somewhere in the editor. */
  squiggle: 'error' | 'warning' | 'info';
  /** Every string must appear in one row of the Problems panel (rule ids, say). */
  problems: string[];
  hover?: HoverCheck;
  /** Where to copy the final screenshot when run with --update-docs (repo-relative). */
  docsImage?: string;
}

export const scenarios: Scenario[] = [
  {
    id: 'subscription',
    title: 'issue #2: EdgeSubscription file whose embedded Edge certificate is expired',
    file: 'edge-expired-cert.xml',
    editorText: 'EdgeSubscriptionData',
    languageMode: 'XML',
    squiggle: 'error',
    problems: ['certificate-expired'],
    hover: {
      anchor: 'AwAAAAEAAAAU',
      expect: [/Subject\s*CN=EDGE02/, /thumbprint/i],
    },
    docsImage: 'docs/images/e2e-subscription.png',
  },
  {
    // Copy of /work/shared/corpus/synthetic/synthetic-get-sendconnector-fl.txt
    // (CRLF): four send connectors; "Legacy Relay" has IgnoreSTARTTLS True.
    // A plain .txt name: it opens as Plain Text and the client switches it to
    // exchange-format-list because of what it contains.
    id: 'dump',
    title: 'issue #3: Get-SendConnector | fl dump in a plain .txt file, connector "Legacy Relay" ignores STARTTLS',
    file: 'send-connectors.txt',
    editorText: 'RunspaceId',
    languageMode: 'Exchange Format-List dump',
    detectedByContent: true,
    reveal: /^IgnoreSTARTTLS\s+:\s+True\s*$/,
    squiggle: 'warning',
    problems: ['ignore-starttls'],
    hover: {
      line: /^IgnoreSTARTTLS\s+:\s+True\s*$/,
      anchor: 'True',
      // From the catalogue entry (server/src/service/catalogue/sendConnector.ts)
      // as objectHover renders it: heading, summary, security note. The
      // ignore-starttls message also says "clear text", but it is in the
      // marker part of the widget, which is not searched.
      expect: [
        /IgnoreSTARTTLS\s*·\s*send connector\s*"Legacy Relay"/,
        /ignores the STARTTLS offer of the remote server/,
        /TLS and relay:\s*True: this connector never uses STARTTLS/,
        /goes in clear text/,
      ],
    },
    docsImage: 'docs/images/e2e-dump.png',
  },
  protocolLogScenario,
];
