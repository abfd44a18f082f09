/** Is `a` within one edit (substitution, insertion or deletion) of `b`? */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Find a window of `q` one edit away from `term` (a one-character typo), where `free(start, end)` allows it.
 * Four-character terms accept only a substitution after the first character, so short words do not drift.
 */
export function withinOneEdit(
  q: string,
  term: string,
  free: (start: number, end: number) => boolean,
): { start: number; end: number } | undefined {
  const lengths = term.length <= 4 ? [term.length] : [term.length, term.length - 1, term.length + 1];
  for (const len of lengths) {
    for (let s = 0; s + len <= q.length; s++) {
      const window = q.slice(s, s + len);
      if (window === term || !free(s, s + len)) continue;
      if (term.length <= 4 && window[0] !== term[0]) continue;
      if (oneEditApart(window, term)) return { start: s, end: s + len };
    }
  }
  return undefined;
}
