import type { Prompts } from './prompts.js';

const WINDOW = 24;

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Does an answer reveal the system prompt? True when it carries the prompt's marker, or any run of WINDOW
 * characters of the prompt's own wording (placeholders and their values excluded, so that naming the department
 * or giving the contact is not a leak).
 */
export function leaksPrompt(text: string, prompts: Prompts): boolean {
  const answer = squash(text);
  if (answer.includes(prompts.canary)) return true;
  for (const line of prompts.system.split('\n')) {
    for (const piece of line.split(/\{\{\w+\}\}/)) {
      const p = squash(piece);
      for (let i = 0; i + WINDOW <= p.length; i++) if (answer.includes(p.slice(i, i + WINDOW))) return true;
    }
  }
  return false;
}
