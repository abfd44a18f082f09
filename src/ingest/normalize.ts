/**
 * Length-preserving normalisation: every character maps to exactly one character, so an index into the
 * normalised text is the same index into the original. Lets the parser match one punctuation style while
 * spans stay exact for the source as published.
 */
const CHAR_MAP: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '．': '.',
  '﹒': '.',
  '。': '。',
  '\u00a0': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '％': '%',
  '﹪': '%',
  '＋': '+',
  '－': '-',
  '【': '[',
  '】': ']',
  '“': '"',
  '”': '"',
  '\r': '\n',
};

export function normalizeChar(ch: string): string {
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Full-width digits and Latin letters (FF10–FF5A) → ASCII.
  if (code >= 0xff10 && code <= 0xff5a) return String.fromCharCode(code - 0xfee0);
  return ch;
}

export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += normalizeChar(text[i]!);
  return out;
}
