import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { EvalCase } from './case-schema.js';

export class SetError extends Error {}

/** `seed` → eval/sets/seed.jsonl; a path ending in .jsonl is used as given. */
export function resolveSetPath(name: string, root = process.cwd()): string {
  if (name.endsWith('.jsonl')) return isAbsolute(name) ? name : resolve(root, name);
  if (!/^[\w.-]+$/.test(name)) throw new SetError(`a set name is letters, digits, ".", "_" and "-" (got ${JSON.stringify(name)})`);
  return join(root, 'eval', 'sets', `${name}.jsonl`);
}

/** Parse a JSONL question set. Every bad line is reported (with its line number), not just the first. */
export function parseSet(text: string, source = 'set'): EvalCase[] {
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      problems.push(`${source}:${lineNo}: not JSON (${(err as Error).message})`);
      return;
    }
    const parsed = EvalCase.safeParse(json);
    if (!parsed.success) {
      const why = parsed.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ');
      problems.push(`${source}:${lineNo}: ${why}`);
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) problems.push(`${source}:${lineNo}: duplicate id "${parsed.data.id}" (first on line ${first})`);
    seen.set(parsed.data.id, lineNo);
    cases.push(parsed.data);
  });
  if (problems.length) throw new SetError(`${problems.length} bad line(s) in ${source}:\n  ${problems.join('\n  ')}`);
  return cases;
}

export function loadSet(name: string, root = process.cwd()): { path: string; cases: EvalCase[] } {
  const path = resolveSetPath(name, root);
  if (!existsSync(path)) throw new SetError(`no question set at ${path}`);
  const cases = parseSet(readFileSync(path, 'utf8'), path);
  if (cases.length === 0) throw new SetError(`the question set ${path} holds no cases`);
  return { path, cases };
}
