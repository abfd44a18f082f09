import type { Lang } from '../domain/answer.js';
import type { StoredDocument } from '../domain/types.js';

/** The agent's prompt files (prompts/*.md), read once by the runtime adapter when the service is built. */
export interface Prompts {
  system: string;
  question: string;
  retry: string;
  /** The marker in the system prompt that must never reach a user (leak detection). */
  canary: string;
}

const CANARY = /\b[A-Z]{3}-PROMPT-CANARY-[A-Z0-9]+\b/;

/** The prompt files by their names in prompts/. */
export const PROMPT_FILES = { system: 'system.zh.md', question: 'question.zh.md', retry: 'retry.zh.md' } as const;

export function parsePrompts(files: Omit<Prompts, 'canary'>): Prompts {
  const canary = files.system.match(CANARY)?.[0];
  if (!canary) throw new Error('prompts/system.zh.md must carry a leak marker (XXX-PROMPT-CANARY-…)');
  return { ...files, canary };
}

/** Fill `{{name}}` placeholders; a placeholder without a value is an error (a prompt must never go out half-filled). */
export function render(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`prompt placeholder {{${name}}} has no value`);
    return v;
  });
}

export function systemPromptFor(prompts: Prompts, doc: StoredDocument): string {
  const c = doc.contact;
  const contact = c?.phone || c?.person ? `单位预算公开联系人${c.person ?? ''}${c.phone ? `，电话${c.phone}` : ''}` : '本单位';
  return render(prompts.system, {
    department: doc.department,
    year: String(doc.year),
    contact,
    units: doc.subUnits.map((u) => u.name).join('；') || '（无）',
  });
}

export function questionFor(prompts: Prompts, q: { question: string; lang: Lang; previous?: string }): string {
  return render(prompts.question, {
    question: q.question,
    previous: q.previous ? `（上一轮的问题是：${q.previous}）\n` : '',
    language: q.lang === 'en' ? '英文（English）' : '简体中文',
  });
}

export function retryFor(prompts: Prompts, problems: string[]): string {
  return render(prompts.retry, { problems: problems.map((p) => `- ${p}`).join('\n') });
}
