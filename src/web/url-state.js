// The chosen department in the address: /?doc=<document id>, so a link or a reload restores it.

/** The ?doc= of the current address, or null. */
export function docInUrl() {
  return new URLSearchParams(window.location.search).get('doc');
}

/** Put `docId` (or nothing) in the address: `push` adds a history entry (Back undoes a choice), `replace` does not. */
export function writeDocToUrl(docId, mode = 'push') {
  if (docInUrl() === docId) return;
  const url = new URL(window.location.href);
  if (docId) url.searchParams.set('doc', docId);
  else url.searchParams.delete('doc');
  window.history[mode === 'replace' ? 'replaceState' : 'pushState']({ doc: docId }, '', url);
}
