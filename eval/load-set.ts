import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
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

/**
 * A file as reports name it: relative to the repository, with `/` — never the absolute path of the machine that made
 * the report (`eval/sets/seed.jsonl`; a file outside the repository keeps its `../` steps).
 */
export function repoRelative(path: string, root: string): string {
  return relative(root, resolve(root, path)).split(sep).join('/');
}

/** `path` to read, `file` to print and report (relative to the repository). */
export function loadSet(name: string, root = process.cwd()): { path: string; file: string; cases: EvalCase[] } {
  const path = resolveSetPath(name, root);
  const file = repoRelative(path, root);
  if (!existsSync(path)) throw new SetError(`no question set at ${file}`);
  const cases = parseSet(readFileSync(path, 'utf8'), file);
  if (cases.length === 0) throw new SetError(`the question set ${file} holds no cases`);
  return { path, file, cases };
}
