// The protocol-log scenario of the code-server end-to-end test (issue 9, evidence). To run it, scenarios.ts
// adds it to its list: `import { protocolLogScenario } from './scenarioProtocolLog';` and `protocolLogScenario,`
// at the end of `scenarios`.
import type { Scenario } from './scenarios';

export const protocolLogScenario: Scenario = {
  // Header + the rows of test/fixtures/evidence/protocol-log/02-send-kb4051498-o365-unknowncredentials-split-cert
  // (KB 4051498, values replaced), CRLF with a BOM as Exchange writes it, named after its server as an admin copies
  // it (the name sorts its Problems rows near the top, where the panel renders them; the header makes it a log).
  // VS Code opens *.LOG in its Log language.
  id: 'protocol-log',
  title: 'issue 9: SMTP Send protocol log, TLS negotiation failed with error UnknownCredentials',
  file: 'EX01-SEND20171007-1.LOG',
  editorText: 'Outbound to Office 365',
  languageMode: 'Log',
  reveal: /TLS\snegotiation\sfailed\swith\serror\sUnknownCredentials/,
  squiggle: 'error',
  problems: ['smtp-log-tls-failed'],
  hover: {
    line: /TLS\snegotiation\sfailed\swith\serror\sUnknownCredentials/,
    // The error name sits past the editor's width; the row's date-time is in view, and the hover of any field of
    // the row explains the row.
    anchor: '2017-10-07',
    // From the row hover (server/src/service/protocolLog/hover.ts): the failure explained, with its status code.
    expect: [/TLS failed with UnknownCredentials/, /0x8009030D/, /not enabled for SMTP/, /Session/],
  },
};
