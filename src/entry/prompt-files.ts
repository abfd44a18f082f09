import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROMPT_FILES, parsePrompts, type Prompts } from '../agent/prompts.js';

export const PROMPTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prompts');

/** Read the agent's prompt files from disk (Node). */
export function loadPrompts(dir = PROMPTS_DIR): Prompts {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return parsePrompts({ system: read(PROMPT_FILES.system), question: read(PROMPT_FILES.question), retry: read(PROMPT_FILES.retry) });
}
