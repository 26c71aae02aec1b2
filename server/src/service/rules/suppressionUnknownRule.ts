import type { Rule } from './types';

/** Reported by the suppression pass (lint.ts finishDiagnostics), not by a file check. */
export const suppressionUnknownRule: Rule = {
  meta: {
    id: 'suppression-unknown-rule',
    defaultSeverity: 'warning',
    category: 'file',
    kinds: ['edge-subscription', 'format-list', 'clixml', 'json', 'powershell'],
    description: 'A suppression comment names a rule that does not exist (a typo silences nothing).',
  },
};
