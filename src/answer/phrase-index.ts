/**
 * "Does the document hold this phrase?" for many short phrases of one question: a bitset of the hashed three-character
 * windows of the document's text (32 KB, built once per document) rules most phrases out before the text is searched.
 * Exact: a phrase passes the bitset whenever the text holds it (a hash collision only costs the search).
 */
export interface PhraseIndex {
  includes(phrase: string): boolean;
}

const BITS = 18;

function hash3(s: string, i: number): number {
  const h = Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i + 1), 0x85ebca77) ^ Math.imul(s.charCodeAt(i + 2), 0xc2b2ae3d);
  return (h ^ (h >>> 15)) >>> (32 - BITS);
}

export function phraseIndex(text: string): PhraseIndex {
  const bits = new Uint32Array(1 << (BITS - 5));
  for (let i = 0; i + 3 <= text.length; i++) {
    const h = hash3(text, i);
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  const mayHold = (p: string) => {
    for (let i = 0; i + 3 <= p.length; i++) {
      const h = hash3(p, i);
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  };
  return { includes: (phrase) => mayHold(phrase) && text.includes(phrase) };
}
