// Data for the code-server end-to-end test (test/e2e/run.ts).
// Each scenario opens one file of test/e2e/workspace/ in a real VS Code
// workbench and checks what the extension shows for it. Add a scenario by
// adding a fixture file and an entry here; run.ts needs no change.

export interface HoverCheck {
  /** Text at the start of the editor token to put the mouse on. */
  anchor: string;
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
    squiggle: 'error',
    problems: ['certificate-expired'],
    hover: {
      anchor: 'AwAAAAEAAAAU',
      expect: [/Subject\s*CN=EDGE02/, /thumbprint/i],
    },
    docsImage: 'docs/images/e2e-subscription.png',
  },
  // Scenario B (later): a Get-ReceiveConnector | fl dump (.txt) whose connector
  // ignores STARTTLS, e.g.
  // { id: 'connector', file: 'receive-connector.txt', editorText: 'RunspaceId',
  //   squiggle: 'warning', problems: ['ignore-starttls'], ... },
];
