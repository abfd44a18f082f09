import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * The functions a V8 CPU profile (node --cpu-prof) spent the most time in, by self time: idle time and the
 * profiler's own "(program)" left out, the garbage collector kept. One line each: ms, share of busy time, name, place.
 */
export function profileTop(path: string, n = 10, root = process.cwd()): string[] {
  const p = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const frames = new Map(p.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  let busy = 0;
  p.samples.forEach((id, i) => {
    const f = frames.get(id)!;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const where = f.url ? `${relative(root, f.url.startsWith('file:') ? fileURLToPath(f.url) : f.url).replace(/^node_modules\//, '')}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    const dt = p.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + dt);
    busy += dt;
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${key}`);
}
