/** Bytes of a published file → text. Detects UTF-8 (with or without BOM), UTF-16 with BOM, and GBK/GB18030. Pure. */

export class DecodeError extends Error {
  constructor(
    readonly code: 'empty' | 'binary' | 'unknown_encoding',
    message: string,
  ) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'the file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) throw new DecodeError('binary', 'the file is binary, not text');
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return checked(utf8.replace(/^\uFEFF/, ''), 'utf-8');
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== undefined && /[\u4e00-\u9fff]/.test(gb)) return checked(gb, 'gb18030');
  throw new DecodeError('unknown_encoding', 'the text is neither UTF-8 nor GBK/GB18030');
}

function tryDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL bytes, or many control bytes, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / sample.length > 0.05;
}

function checked(text: string, encoding: Decoded['encoding']): Decoded {
  if (text.trim().length === 0) throw new DecodeError('empty', 'the file holds only white space');
  return { text, encoding };
}
