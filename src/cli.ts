import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles, listSources } from './cli/ingest-files.js';
import { auditStore } from './cli/audit-command.js';
import { toExtractJson } from './cli/extract-json.js';
import { SourceError, readSource } from './cli/read-source.js';
import { ConfigError, describeSettings, loadConfig } from './config.js';
import { openStore } from './entry/open-store.js';
import { ensureDatabase } from './entry/node-deps.js';
import { writeD1Export } from './cli/export-d1.js';
import { embedderFromConfig } from './retrieve/remote.js';
import { startNodeServer } from './entry/node.js';
import { askCommand } from './cli/ask-command.js';
import { evalCommand } from './cli/eval-command.js';

const USAGE = `budget-qa — answers about Chongqing department budgets, every number traced to its source

usage:
  budget-qa ingest [files…] [--db PATH]   parse documents into the facts database (default: every file in SOURCES_DIR)
  budget-qa extract <file> --json         print the parse of one file without touching the database
  budget-qa audit [--db PATH]             re-read every fact's span and check the documents' own arithmetic
  budget-qa ask "question" [--json] [--lang zh|en]   answer one question (follow-ups: several questions in order)
  budget-qa serve [--port N]              serve the portal and API (builds the database when missing)
  budget-qa eval [--set NAME] [--url URL] [--baseline FILE] [--out DIR]   score a question set, write eval/reports/, gate on eval/thresholds.json
  budget-qa export-d1 --out FILE.sql [--db PATH]   write the corpus as SQL for Cloudflare D1 (builds the database when missing)

settings (environment):
${describeSettings()}`;

async function main(argv: string[]): Promise<number> {
  const config = loadConfig(process.env);
  const [command, ...rest] = argv;
  // eval parses its own options (--set, --url, --baseline, …).
  if (command === 'eval') return evalCommand(rest, config, (l) => process.stdout.write(`${l}\n`));
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      port: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const dbPath = values.db ?? config.DB_PATH;
  const log = (line: string) => process.stdout.write(`${line}\n`);

  switch (command) {
    case 'ingest': {
      const files = positionals.length ? positionals : listSources(config.SOURCES_DIR);
      mkdirSync(dirname(dbPath), { recursive: true });
      const store = openStore({ path: dbPath, embedder: embedderFromConfig(config) });
      try {
        const s = await ingestFiles(store, files, log);
        log(`ingested ${s.ok} of ${files.length} file(s), ${s.facts} facts → ${dbPath}${s.failed ? `; ${s.failed} failed` : ''}`);
        return s.failed ? 1 : 0;
      } finally {
        await store.close();
      }
    }
    case 'extract': {
      if (positionals.length !== 1) throw new UsageError('extract takes exactly one file');
      const source = readSource(positionals[0]!);
      log(values.json ? JSON.stringify(toExtractJson(source.parsed), null, 2) : JSON.stringify(source.parsed, null, 2));
      return 0;
    }
    case 'audit': {
      if (!existsSync(dbPath)) throw new UsageError(`no database at ${dbPath} — run \`budget-qa ingest\` first`);
      const store = openStore({ path: dbPath, readonly: true });
      try {
        const failed = await auditStore(store, log);
        log(failed ? `${failed} check(s) failed` : 'all checks passed');
        return failed ? 1 : 0;
      } finally {
        await store.close();
      }
    }
    case 'ask': {
      if (positionals.length === 0) throw new UsageError('ask takes a question');
      if (values.lang && values.lang !== 'zh' && values.lang !== 'en') throw new UsageError('--lang is zh or en');
      return askCommand({ ...config, DB_PATH: dbPath }, positionals, { json: values.json, lang: values.lang as 'zh' | 'en' | undefined }, log);
    }
    case 'serve': {
      const port = values.port ? Number(values.port) : config.PORT;
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError('--port takes a number from 1 to 65535');
      const server = await startNodeServer({ ...config, DB_PATH: dbPath, PORT: port }, log);
      // Stop on SIGINT/SIGTERM with a normal exit: the question log's last commit is written, and `node --cpu-prof`
      // writes its profile.
      return new Promise<number>((resolve) => {
        const stop = () => {
          server.close();
          resolve(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    }
    case 'export-d1': {
      if (!values.out) throw new UsageError('export-d1 needs --out FILE.sql');
      await ensureDatabase({ ...config, DB_PATH: dbPath }, log);
      const { documents, records, vectors, statements } = writeD1Export(dbPath, values.out);
      log(`exported ${documents} document(s), ${records} retrieval records, ${vectors} vectors in ${statements} statements → ${values.out}`);
      log('load it with: npx wrangler d1 migrations apply DB --remote && npx wrangler d1 execute DB --remote --file ' + values.out);
      return 0;
    }
    case undefined:
    case 'help':
      log(USAGE);
      return command ? 0 : 2;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof SourceError || err instanceof ConfigError || err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n`);
      if (err instanceof UsageError) process.stderr.write(`${USAGE}\n`);
      process.exit(2);
    }
    if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  },
);
