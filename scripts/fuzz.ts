// npm run fuzz [seed] [count]: many mutants of the real inputs through the whole language service (see
// test/helpers/fuzz.ts). Prints each failure with the case seed that reproduces it, and the slowest cases.
import { fuzz } from '../test/helpers/fuzz';

const seed = Number(process.argv[2] ?? Date.now() % 2 ** 31);
const count = Number(process.argv[3] ?? 3000);
console.log(`fuzz: seed ${seed}, ${count} cases`);
const slow: [number, string][] = [];
const failures = fuzz(seed, count, (n, name, mutation, ms) => {
  slow.push([ms, `${name} ${mutation}`]);
  if ((n + 1) % 500 === 0) console.log(`  ${n + 1} cases`);
});
slow.sort((a, b) => b[0] - a[0]);
console.log('slowest cases:');
for (const [ms, what] of slow.slice(0, 5)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${what}`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${failures.length} failures in ${count} cases (seed ${seed})`);
process.exitCode = failures.length ? 1 : 0;
