import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROMPT_FILES, parsePrompts, type Prompts } from '../agent/prompts.js';
import { packageRoot } from './package-root.js';

export const PROMPTS_DIR = join(packageRoot(), 'prompts');

/** Read the agent's prompt files from disk (Node). */
export function loadPrompts(dir = PROMPTS_DIR): Prompts {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return parsePrompts({ system: read(PROMPT_FILES.system), question: read(PROMPT_FILES.question), retry: read(PROMPT_FILES.retry) });
}
