// Loads the PowerShell grammar for the engine: the two WebAssembly files sit next to the bundle (dist/, copied
// there by esbuild.mjs) or, when running from the sources, in node_modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { initPowerShellGrammar } from '../service';

export const GRAMMAR_FILES = {
  runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
  grammar: { file: 'tree-sitter-powershell.wasm', module: 'tree-sitter-powershell/tree-sitter-powershell.wasm' },
} as const;

function readWasm(f: { file: string; module: string }): Uint8Array {
  try {
    return readFileSync(join(__dirname, f.file));
  } catch {
    return readFileSync(require.resolve(f.module));
  }
}

/** Reads the grammar and hands it to the engine; rejects with the reason when it cannot (scripts then say so). */
export async function loadPowerShellGrammar(): Promise<void> {
  // V8 recompiles hot WebAssembly functions with its optimising compiler in background threads, and a process cannot
  // exit before they finish: for the grammar's lexer (one huge function) that took minutes after a CLI run or a
  // server shutdown. The baseline compiler's code is fast enough (npm run bench). Set before the module compiles.
  setFlagsFromString('--liftoff-only');
  await initPowerShellGrammar(readWasm(GRAMMAR_FILES.runtime), readWasm(GRAMMAR_FILES.grammar));
}
