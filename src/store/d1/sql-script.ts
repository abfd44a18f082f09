/**
 * Split an SQL script (a migration file) into its statements: `;` ends a statement outside quotes, comments and a
 * trigger's BEGIN … END body. Comments are dropped. D1 takes one statement per prepare (its `exec` splits on lines).
 */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0; // BEGIN … END nesting inside CREATE TRIGGER
  let i = 0;
  const flush = () => {
    const s = current.trim();
    if (s) out.push(s);
    current = '';
  };
  while (i < script.length) {
    const ch = script[i]!;
    const two = script.slice(i, i + 2);
    if (two === '--') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
      continue;
    }
    if (two === '/*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? script.length : end + 2;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`' || ch === '[') {
      const close = ch === '[' ? ']' : ch;
      let j = i + 1;
      while (j < script.length && !(script[j] === close && script[j + 1] !== close)) j += script[j] === close ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_]+/.exec(script.slice(i, i + 16))?.[0];
    if (word && (i === 0 || !/[A-Za-z0-9_]/.test(script[i - 1]!))) {
      const upper = word.toUpperCase();
      if (upper === 'BEGIN' && /\bCREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b/i.test(current)) depth++;
      else if (upper === 'END' && depth > 0) depth--;
      current += word;
      i += word.length;
      continue;
    }
    if (ch === ';' && depth === 0) {
      flush();
      i++;
      continue;
    }
    current += ch;
    i++;
  }
  flush();
  return out;
}
