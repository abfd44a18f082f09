import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParsedDocument } from '../domain/types.js';
import { DecodeError, decodeBytes } from '../ingest/decode.js';
import { NotABudgetDocumentError, parseDocument } from '../ingest/index.js';

export interface SourceFile {
  path: string;
  name: string;
  text: string;
  encoding: string;
  parsed: ParsedDocument;
}

/** A file that cannot be read as a budget document; `message` is one line naming the file and the reason. */
export class SourceError extends Error {}

/** Read, decode (UTF-8 / UTF-16 / GBK) and parse one file. Throws SourceError with a one-line reason. */
export function readSource(path: string): SourceFile {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SourceError(`${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? 'error'})`);
  }
  try {
    const { text, encoding } = decodeBytes(bytes);
    const parsed = parseDocument(text);
    if (parsed.facts.length === 0) throw new NotABudgetDocumentError('no budget figure could be read');
    return { path, name, text, encoding, parsed };
  } catch (err) {
    if (err instanceof DecodeError || err instanceof NotABudgetDocumentError) {
      throw new SourceError(`${path}: ${err instanceof NotABudgetDocumentError ? 'not a budget document — ' : ''}${err.message}`);
    }
    throw err;
  }
}
