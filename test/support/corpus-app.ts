import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { buildNodeDeps } from '../../src/entry/node-deps.js';
import { createApp } from '../../src/http/app.js';

export interface SourceFile {
  name: string;
  text: string;
}

const read = (rel: string): SourceFile => ({ name: rel.split('/').pop()!, text: readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8') });

/** The seed, invented variants of several kinds, a real excerpt and an invented 2025 edition of the seed's department. */
export const MIXED_CORPUS = [
  'data/sources/yuzhong-gov-office-2026.txt',
  'test/fixtures/series/yuzhong-gov-office-2025-invented.txt',
  'test/fixtures/variants2/v7-town-toc-superior-subsidy-sangong-vehicle.txt',
  'test/fixtures/variants2/v10-bureau-budget-compare-equipment.txt',
  'test/fixtures/variants3/v11-bureau-reason-markers-totals-numbered-sangong.txt',
  'test/fixtures/variants3/v13-society-single-line-zeros-in-words.txt',
  'test/fixtures/real/09.txt',
].map(read);

/** A fresh folder holding these files, and its `sources` folder (SOURCES_DIR for an app over them). */
export function writeSources(files: SourceFile[]): { dir: string; sources: string } {
  const dir = mkdtempSync(join(tmpdir(), 'budget-qa-corpus-'));
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  for (const f of files) writeFileSync(join(sources, f.name), f.text);
  return { dir, sources };
}

/** An app (as `serve` builds it, rules only) over a fresh database built from these files. */
export async function buildCorpusApp(files: SourceFile[]) {
  const { dir, sources } = writeSources(files);
  const config = loadConfig({ DB_PATH: join(dir, 'budget.db'), SOURCES_DIR: sources });
  const base = await buildNodeDeps(config);
  const log = () => {};
  const deps = { ...base, log };
  return { app: createApp(deps), deps, config, dir };
}
