// How much memory the language server keeps. What it holds is small (a 15k-line dump's analysis is about 5 MB), but
// V8 sizes itself for the burst of work and keeps that size:
// - the young generation grows from 1 MB to 4-32 MB while the bundle initialises and during a lint, and stays;
// - the optimising compiler (TurboFan) compiles a large lint's hot functions on background threads, whose malloc
//   arenas keep what the compilations used, besides the optimised code: 10-19 MB of a server with a 15k-line dump
//   open. It makes the engine's warm lint of that dump about twice as fast; the server's re-lint after an edit
//   (npm run bench), which also reads the document, is not measurably slower without it;
// - the old generation keeps the lint's garbage until the next full collection, which an idle process never
//   reaches (V8's own memory reducer does not run for it), and a full collection leaves partly used pages in place.
// So, before anything else is initialised (server.ts imports this module first): the young generation keeps its
// starting size (more, cheaper scavenges; no measurable change in lint time), code runs in the interpreter and the
// baseline compiler only, and after a burst of work the server collects and compacts once when it is idle.
// The CLI does not import this: a batch run wants the optimising compiler.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Idle time after the last piece of work before the collection. */
const IDLE_MS = 2000;
/** Heap growth since the last collection that makes one worth its pause (tens of milliseconds). */
const WORTH_BYTES = 4 * 1024 * 1024;

// Read by V8 each time the young generation would grow (not only at start-up), so it holds when set here.
setFlagsFromString('--semi-space-growth-factor=1');
// The highest tier: 1 is the baseline compiler (Sparkplug); no Maglev, no TurboFan. Read when a function would tier up.
setFlagsFromString('--max-opt=1');

/** A gc() to call when idle: `--expose-gc` set now applies to contexts made after it, such as this one. */
const collect = ((): (() => void) | undefined => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
  setFlagsFromString('--no-expose-gc');
  return typeof gc === 'function' ? (gc as () => void) : undefined;
})();

let timer: ReturnType<typeof setTimeout> | undefined;
let heapAfterLast = process.memoryUsage().heapUsed;

/** A full collection that also moves live objects out of partly used pages, so that those pages are given back. */
function collectAndCompact(): void {
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    collect?.();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

/** Work was done (a document read, linted, a workspace scanned): collect once the server has been idle a while. */
export function workDone(): void {
  if (!collect) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    if (process.memoryUsage().heapUsed - heapAfterLast < WORTH_BYTES) return;
    collectAndCompact();
    heapAfterLast = process.memoryUsage().heapUsed;
  }, IDLE_MS);
  timer.unref();
}
