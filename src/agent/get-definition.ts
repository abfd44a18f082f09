import { tool } from 'langchain';
import { z } from 'zod';
import type { StoredGlossaryEntry } from '../domain/types.js';
import { longestCommonRun } from '../answer/text-match.js';
import { logText } from './run-log.js';
import { fold, guarded, looksLikeInstructions, quoteOf, type ToolContext } from './tool-kit.js';

export const GetDefinitionInput = z.object({
  term: z.string().min(1).max(40).describe('要解释的名词，例如 基本支出、“三公”经费、机关运行经费'),
});
type GetDefinitionInput = z.infer<typeof GetDefinitionInput>;


function score(entry: StoredGlossaryEntry, term: string): number {
  const t = fold(entry.term);
  if (t === term) return 2;
  if (t.includes(term) || term.includes(t)) return 1.5;
  return longestCommonRun(t, term) / Math.max(t.length, 1);
}

/** The document's own glossary (专业性名词解释) entries for a term, best first. */
export async function getDefinition(ctx: ToolContext, input: GetDefinitionInput) {
  const term = fold(input.term);
  const entries = (await ctx.store.glossary(ctx.doc.id))
    .map((e) => ({ e, s: score(e, term) }))
    .filter((x) => x.s >= 0.6)
    .sort((a, b) => b.s - a.s)
    .slice(0, 3);
  if (entries.length === 0) return { definitions: [], note: `文件的名词解释中没有“${input.term}”。` };
  return {
    definitions: entries.map(({ e }) => {
      if (looksLikeInstructions(e.definition)) return { term: e.term, withheld: true, note: '该条解释含有类似指令的内容，已略去。' };
      logText(ctx.log, { kind: 'glossary', docId: ctx.doc.id, start: e.span.start, end: e.span.end, quote: quoteOf(ctx.doc, e.span) });
      return { term: e.term, definition: e.definition, ...(e.parent ? { parent: e.parent } : {}) };
    }),
  };
}

export function getDefinitionTool(ctx: ToolContext) {
  return tool(guarded('get_definition', ctx, (input: GetDefinitionInput) => getDefinition(ctx, input)), {
    name: 'get_definition',
    description: '查本预算文件“专业性名词解释”中某个名词的定义原文。回答时用「」逐字引用 definition。',
    schema: GetDefinitionInput,
  });
}
