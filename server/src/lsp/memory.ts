// How much memory the language server keeps while it waits. What it holds is small (a 14k-line dump's analysis is
// about 5 MB), but V8 sizes its heap for the burst of a lint and keeps that size: the young generation grows to
// 16-32 MB and stays, and the old generation keeps the lint's garbage until the next full collection, which an idle
// process never reaches (V8's own memory reducer does not run for it). That was most of the ~120 MB RSS of a server
// with one large dump open. So: the young generation keeps its starting size (more, cheaper scavenges; no measurable
// change in lint time), and after a burst of work the server collects once when it is idle.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Idle time after the last piece of work before the collection. */
const IDLE_MS = 2000;
/** Heap growth since the last collection that makes one worth its pause (tens of milliseconds). */
const WORTH_BYTES = 4 * 1024 * 1024;

let collect: (() => void) | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let heapAfterLast = 0;

/** Call once at start, before the first document arrives. */
export function tuneMemory(): void {
  // Read by V8 each time the young generation would grow (not only at start-up), so it holds when set here.
  setFlagsFromString('--semi-space-growth-factor=1');
  // A gc() to call when idle: `--expose-gc` set now applies to contexts made after it, such as this one.
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
  collect = typeof gc === 'function' ? (gc as () => void) : undefined;
  setFlagsFromString('--no-expose-gc');
  heapAfterLast = process.memoryUsage().heapUsed;
}

/** Work was done (a document read, linted, a workspace scanned): collect once the server has been idle a while. */
export function workDone(): void {
  if (!collect) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    if (process.memoryUsage().heapUsed - heapAfterLast < WORTH_BYTES) return;
    collect?.();
    heapAfterLast = process.memoryUsage().heapUsed;
  }, IDLE_MS);
  timer.unref();
}
