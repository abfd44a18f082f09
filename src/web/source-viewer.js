// The source viewer: the whole document in a dialog, scrolled to the cited sentence with the figure marked.
import { api } from './api.js';
import { h, replace } from './dom.js';

export function createSourceViewer(dialog) {
  const docs = new Map();
  const title = dialog.querySelector('#viewer-title');
  const meta = dialog.querySelector('#viewer-meta');
  const body = dialog.querySelector('#viewer-text');
  let returnFocus = null;
  dialog.querySelector('#viewer-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => returnFocus?.focus());

  // Kept per document once loaded; a failed load is forgotten, so choosing the department again retries it.
  const load = (docId) => {
    if (!docs.has(docId)) {
      docs.set(docId, api(`/api/documents/${encodeURIComponent(docId)}`).then((r) => r.document, (err) => {
        docs.delete(docId);
        throw err;
      }));
    }
    return docs.get(docId);
  };

  /** Open at `cite` (the sentence) with `figure` (the number's own span), both document offsets. */
  async function open(docId, cite, figure, opener) {
    returnFocus = opener ?? null;
    const doc = await load(docId);
    title.textContent = doc.title;
    meta.textContent = `${doc.department} · ${doc.year}年 · 高亮处为引用的原文`;
    const text = doc.text;
    const mark = h('mark', { id: 'viewer-mark', tabindex: '-1' });
    if (figure && figure.start >= cite.start && figure.end <= cite.end) {
      mark.append(text.slice(cite.start, figure.start), h('strong', { class: 'figure' }, text.slice(figure.start, figure.end)), text.slice(figure.end, cite.end));
    } else mark.append(text.slice(cite.start, cite.end));
    replace(body, text.slice(0, cite.start), mark, text.slice(cite.end));
    if (!dialog.open) dialog.showModal();
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }

  return { open, load };
}
