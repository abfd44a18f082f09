import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStatements } from './sql-script.js';

describe('splitStatements', () => {
  it('splits on semicolons outside quotes and comments, and keeps a trigger body whole', () => {
    const script = `-- a comment; with a semicolon
CREATE TABLE t (a TEXT DEFAULT ';', "b;" INTEGER); /* block; comment */
CREATE TRIGGER t_del AFTER DELETE ON t BEGIN
  DELETE FROM u WHERE a = old.a; UPDATE v SET n = n - 1;
END;
INSERT INTO t VALUES ('it''s; fine', 1)`;
    expect(splitStatements(script)).toEqual([
      `CREATE TABLE t (a TEXT DEFAULT ';', "b;" INTEGER)`,
      `CREATE TRIGGER t_del AFTER DELETE ON t BEGIN\n  DELETE FROM u WHERE a = old.a; UPDATE v SET n = n - 1;\nEND`,
      `INSERT INTO t VALUES ('it''s; fine', 1)`,
    ]);
  });

  it('reads every migration file into statements that each start with a keyword', () => {
    for (const dir of ['src/store/sqlite/migrations', 'src/questions/migrations']) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.sql'))) {
        const statements = splitStatements(readFileSync(join(dir, f), 'utf8'));
        expect(statements.length, f).toBeGreaterThan(0);
        for (const s of statements) expect(s, f).toMatch(/^(CREATE|ALTER|INSERT|DROP|UPDATE|DELETE)\b/);
      }
    }
  });
});
