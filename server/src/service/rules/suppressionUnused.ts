import { defineRule } from './types';

/** Reported by the suppression pass (lint.ts finishDiagnostics), not by a file check. */
export const suppressionUnused = defineRule({
  meta: {
    id: 'suppression-unused',
    defaultSeverity: 'information',
    category: 'file',
    kinds: ['edge-subscription', 'format-list', 'clixml', 'json', 'powershell'],
    description: 'A suppression comment (exchange-transport-disable...) that silences nothing: remove it.',
    messages: {
      nextLine: 'Unused suppression: nothing on the next line to silence.',
      line: 'Unused suppression: nothing on this line to silence.',
      scope: 'Unused suppression: nothing in its scope to silence.',
      nextLineRule: 'Unused suppression of {{id}}: no such finding on the next line.',
      lineRule: 'Unused suppression of {{id}}: no such finding on this line.',
      scopeRule: 'Unused suppression of {{id}}: no such finding in its scope.',
    },
  },
});
