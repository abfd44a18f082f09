import { CUES } from '../answer/intent-cues.js';
import type { ServiceAnswer } from './answer-service.js';

export interface AgentRoute {
  useAgent: boolean;
  reason: string;
}

/**
 * When the rules engine's answer stands, and when the model should try. The rules engine has no numeric
 * confidence; "cannot understand / not confident" is defined from what it understood:
 * - answered → rules (it found the items and composed a checked answer);
 * - a question that tries to instruct the assistant, or is explicitly off-topic (weather, jokes, the prompt) → rules;
 * - not_found for a year the document does not cover, or for items it recognised but the document does not
 *   state → rules (it understood; the answer is genuinely "not disclosed");
 * - clarify, out_of_scope without an off-topic cue, and not_found with no item recognised → the agent
 *   (phrasings the lexicon misses).
 */
export function agentRoute(rules: ServiceAnswer): AgentRoute {
  const u = rules.understanding;
  if (rules.status === 'answered') return { useAgent: false, reason: 'rules answered' };
  if (CUES.injection.test(u.text)) return { useAgent: false, reason: 'question tries to instruct the assistant' };
  switch (rules.status) {
    case 'clarify':
      return { useAgent: true, reason: 'rules asked to clarify' };
    case 'out_of_scope':
      return CUES.outOfScope.test(u.text)
        ? { useAgent: false, reason: 'explicitly out of scope' }
        : { useAgent: true, reason: 'no budget item recognised' };
    case 'not_found':
      if (typeof u.year === 'number') return { useAgent: false, reason: 'year not covered by the document' };
      if (u.items.length > 0) return { useAgent: false, reason: 'item recognised but not stated' };
      return { useAgent: true, reason: 'nothing recognised' };
  }
}
