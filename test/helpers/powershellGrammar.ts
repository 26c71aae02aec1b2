// Tests that read scripts load the PowerShell grammar first, as the front ends do at start: `before(loadGrammar)`.
import { loadPowerShellGrammar } from '../../server/src/io/powershellGrammar';

export const loadGrammar = (): Promise<void> => loadPowerShellGrammar();
