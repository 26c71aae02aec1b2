import type { Rule } from './types';

/** Reported by the suppression pass (lint.ts finishDiagnostics), not by a file check. */
export const suppressionUnused: Rule = {
  meta: {
    id: 'suppression-unused',
    defaultSeverity: 'information',
    category: 'file',
    kinds: ['edge-subscription', 'format-list', 'clixml', 'json', 'powershell'],
    description: 'A suppression comment (exchange-transport-disable...) that silences nothing: remove it.',
  },
};
