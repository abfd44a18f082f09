import type { DocumentBundle } from '../domain/types.js';
import type { DocContext } from './intents/context.js';
import { buildLexicon, type AliasFile, type Lexicon } from './lexicon.js';
import { phraseIndex, type PhraseIndex } from './phrase-index.js';
import { normalizeQuestion } from './question-text.js';

/** What answering needs of one document, built once when the document is first asked about (then cached). */
export interface LoadedDocument {
  ctx: DocContext;
  lexicon: Lexicon;
  /** The document's text normalised like a question (for "a phrase the document names"), on first use. */
  readonly folded: string;
  /** `folded` indexed for the many short phrases one question tries against it, on first use. */
  readonly phrases: PhraseIndex;
}

export function loadDocument(bundle: DocumentBundle, aliases: AliasFile): LoadedDocument {
  const { doc, facts } = bundle;
  const lexicon = buildLexicon(facts, aliases);
  const groups = Object.fromEntries(Object.entries(aliases.groups ?? {}).map(([k, g]) => [k, { members: g.members }]));
  const ctx: DocContext = {
    doc,
    facts: new Map(facts.map((f) => [f.key, f])),
    glossary: bundle.glossary,
    passages: bundle.passages,
    lexicon,
    groups,
    usageText: facts.map((f) => f.usage ?? '').join('\n'),
    labelText: facts.filter((f) => !/\.mention\./.test(f.key)).map((f) => f.label).join('\n'),
  };
  let folded: string | undefined;
  let phrases: PhraseIndex | undefined;
  return {
    ctx,
    lexicon,
    get folded() {
      return (folded ??= normalizeQuestion(doc.text));
    },
    get phrases() {
      return (phrases ??= phraseIndex(this.folded));
    },
  };
}
