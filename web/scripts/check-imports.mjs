// Fails the build when the console's modules import each other in a cycle (src/**/*.ts, static relative imports,
// `import type` included): pages reach the shell through router.ts, never through main.ts.
// Usage: node scripts/check-imports.mjs [srcDir]   (exit 1 and the cycle on stderr when there is one)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'src'));

function modules(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `import … from './x'`, `import './x'` and `export … from './x'`; dynamic import() is lazy and not a load-order cycle.
const importPattern = /^\s*(?:import|export)\s+(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next candidate */
    }
  }
  return null;
}

const files = modules(root);
const graph = new Map(files.map((file) => {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(importPattern)].map((m) => resolveImport(file, m[1])).filter((t) => t !== null && /\.tsx?$/.test(t));
  return [file, [...new Set(targets)]];
}));

// Depth-first search; a back edge to a module still on the stack closes a cycle.
const onStack = [];
const state = new Map(); // 1: visiting, 2: done
let cycle = null;
function visit(file) {
  state.set(file, 1);
  onStack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (cycle) return;
    if (state.get(next) === 1) {
      cycle = [...onStack.slice(onStack.indexOf(next)), next];
      return;
    }
    if (!state.has(next)) visit(next);
  }
  onStack.pop();
  state.set(file, 2);
}
for (const file of files) {
  if (!cycle && !state.has(file)) visit(file);
}

if (cycle) {
  console.error(`check-imports: import cycle in the console: ${cycle.map((f) => relative(root, f)).join(' -> ')}`);
  process.exit(1);
}
console.log(`check-imports: ${files.length} modules, no import cycle.`);
