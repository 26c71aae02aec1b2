import { defineRule } from './types';

/** Reported by the suppression pass (lint.ts finishDiagnostics), not by a file check. */
export const suppressionUnknownRule = defineRule({
  meta: {
    id: 'suppression-unknown-rule',
    defaultSeverity: 'warning',
    category: 'file',
    kinds: ['edge-subscription', 'format-list', 'clixml', 'json', 'powershell'],
    description: 'A suppression comment names a rule that does not exist (a typo silences nothing).',
    messages: {
      unknown: 'No rule "{{id}}": this suppression silences nothing.',
      unknownWithGuess: 'No rule "{{id}}": did you mean {{guess}}?',
    },
    fixes: { rename: 'Change to {{guess}}' },
  },
});
