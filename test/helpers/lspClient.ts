// A minimal LSP client over stdio for protocol tests: spawns the built server and speaks JSON-RPC to it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = 'dist/server.js';

export interface TestServer {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** Resolves with the next publishDiagnostics for `uri`. */
  nextPush(uri: string, timeoutMs?: number): Promise<{ uri: string; diagnostics: { code: string; severity: number; range: unknown }[] }>;
  close(): Promise<void>;
}

/** Starts `node dist/server.js --stdio`, or `command` (e.g. an installed bin) when given. */
export function startServer(config: Record<string, unknown> = {}, command?: string[]): TestServer {
  if (!command && !existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  const [file, ...args] = command ?? [process.execPath, SERVER, '--stdio'];
  const child = spawn(file, args, { stdio: 'pipe' });
  let err = '';
  child.stderr.on('data', (b) => {
    err += b;
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters: { uri: string; resolve: (p: never) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    const i = waiters.findIndex((w) => w.uri === p.uri);
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p as never);
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => config));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  return {
    connection,
    process: child,
    stderr: () => err,
    nextPush(uri, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no diagnostics pushed for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          uri,
          resolve: (p) => {
            clearTimeout(t);
            resolve(p);
          },
        });
      });
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      connection.dispose();
    },
  };
}
