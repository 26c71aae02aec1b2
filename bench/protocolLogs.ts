// Protocol-log figures for npm run bench: the engine's parse rate on one 50 MB log (open document, and streamed),
// a 50 MB open document analysed in slices, and the CLI on a generated folder of a day's logs (500 MB by default,
// --logs-mb=N to change) with its peak RSS. The folder is generated in a temporary directory and removed after.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLanguageService, createProtocolLogStream } from '../server/src/service';
import { bigSendLog, header } from '../test/helpers/protocolLogs';

type Row = (what: string, figure: string, target: string) => void;

const MB = 1024 * 1024;

/** Wall-clock and CPU time of `fn`: on a busy machine the CPU figure is the one that compares across runs. */
async function measure<T>(fn: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const used = process.cpuUsage(c);
  return { value, wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 };
}

function rates(mb: number, wall: number, cpu: number): string {
  return `${(mb / wall).toFixed(0)} MB/s wall, ${(mb / cpu).toFixed(0)} MB/s per CPU second`;
}

/** The generator is slow (every row built); a 5 MB body is built once and repeated with fresh session ids. */
function template(): string {
  const body = bigSendLog({ size: 5 * MB, seed: 42 });
  return body.slice(body.indexOf('\n', body.indexOf('#Fields:')) + 1);
}

/** Writes `files` logs of `fileMb` MB each (CRLF, header, unique session ids); returns the bytes written. */
function writeFolder(dir: string, files: number, fileMb: number, body: string): number {
  let bytes = 0;
  let rep = 0;
  for (let f = 0; f < files; f++) {
    const fd = openSync(join(dir, `SEND2024050${(f % 9) + 1}${String(f).padStart(2, '0')}-1.LOG`), 'w');
    const head = '\uFEFF' + header('send').join('\r\n') + '\r\n';
    writeSync(fd, head);
    let size = head.length;
    while (size < fileMb * MB) {
      // Ids are 08DC6D0000xxxxxx in the body: each repetition gets its own prefix.
      const chunk = body.split('08DC6D0000').join('08DC6D' + (rep++).toString(16).toUpperCase().padStart(4, '0'));
      writeSync(fd, chunk);
      size += chunk.length;
    }
    closeSync(fd);
    bytes += size;
  }
  return bytes;
}

export async function protocolLogBench(row: Row): Promise<void> {
  const now = new Date('2024-06-01T00:00:00Z');
  const body = template();
  let fifty = header('send').join('\r\n') + '\r\n';
  for (let rep = 0xff00; fifty.length < 50 * MB; rep++) fifty += body.split('08DC6D0000').join('08DC6D' + rep.toString(16).toUpperCase());

  const mb = fifty.length / MB;
  row(
    'Protocol logs: load average when measured',
    loadavg()
      .map((l) => l.toFixed(1))
      .join(', '),
    '',
  );
  const service = createLanguageService();
  const open = await measure(() => service.validate({ uri: 'SEND20240506-1.LOG', text: fifty }, { now }));
  row('Protocol log, 50 MB open document (analyse + lint)', `${rates(mb, open.wall, open.cpu)} (${open.value.length} findings)`, 'target ≥ 50 MB/s');

  const streamed = await measure(() => {
    const stream = createProtocolLogStream('SEND20240506-1.LOG');
    for (let i = 0; i < fifty.length; i += MB) stream.push(fifty.slice(i, i + MB));
    return stream.end();
  });
  row(
    'Protocol log, 50 MB streamed in 1 MB chunks',
    `${rates(mb, streamed.wall, streamed.cpu)} (${streamed.value.log.sessionCount} sessions)`,
    'target ≥ 50 MB/s',
  );

  // The editor path: slices that yield to the event loop; the longest time the loop was held is what a user feels.
  const fresh = createLanguageService();
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const n = performance.now();
    longest = Math.max(longest, n - last);
    last = n;
  }, 1);
  const sliced = await measure(async () => {
    await fresh.prepare({ uri: 'file:///SEND20240506-1.LOG', text: fifty, version: 1 }, { now });
    return fresh.validate({ uri: 'file:///SEND20240506-1.LOG', text: fifty, version: 1 }, { now });
  });
  clearInterval(timer);
  row(
    '  in slices (LanguageService.prepare, then validate)',
    `${sliced.wall.toFixed(2)} s (${sliced.cpu.toFixed(2)} s CPU), event loop held ≤ ${longest.toFixed(0)} ms`,
    '',
  );

  const totalMb = Number(process.argv.find((a) => a.startsWith('--logs-mb='))?.slice(10) ?? 500);
  if (totalMb <= 0) return;
  const dir = mkdtempSync(join(tmpdir(), 'exchange-transport-logs-'));
  try {
    const files = Math.max(1, Math.round(totalMb / 50));
    const bytes = writeFolder(dir, files, totalMb / files, body);
    // Peak RSS of the CLI process, reported by the process itself when it exits.
    const probe = join(dir, 'maxrss.js');
    writeFileSync(
      probe,
      "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\nMAXRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n",
    );
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-r', probe, resolve('bin/exchange-transport-lint.js'), '--format', 'json', '--now', now.toISOString(), dir], {
      encoding: 'utf8',
      maxBuffer: 256 * MB,
    });
    const elapsed = (performance.now() - t) / 1000;
    const probed = /MAXRSS (\d+) CPU (\d+)/.exec(r.stderr);
    const rss = Number(probed?.[1] ?? NaN) / 1024;
    const cpu = Number(probed?.[2] ?? NaN) / 1e6;
    const out = JSON.parse(r.stdout) as { diagnostics: unknown[] }[];
    const findings = out.reduce((n, f) => n + f.diagnostics.length, 0);
    row(
      `CLI on a folder of ${files} logs, ${(bytes / MB).toFixed(0)} MB (streamed)`,
      `${rates(bytes / MB, elapsed, cpu)} (${elapsed.toFixed(1)} s, ${findings} findings)`,
      'target ≥ 50 MB/s',
    );
    row('  peak RSS of the CLI process', `${rss.toFixed(0)} MB`, 'bounded (not the folder size)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
