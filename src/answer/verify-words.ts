import words from '../../data/answer-words.json' with { type: 'json' };

/** Direction words written before a change in an answer, longest first (so 减少 is read before 少). */
export const DIRECTION_WORDS = {
  up: [...words.direction.up].sort((a, b) => b.length - a.length),
  down: [...words.direction.down].sort((a, b) => b.length - a.length),
};

/** Words that frame a figure as context (the nearest disclosed figure), not as the answer to what was asked. */
export const FRAMING: readonly string[] = words.framing.words;

/** Examples of data/answer-words.json, for its tests. */
export const WORD_EXAMPLES = { direction: words.direction.examples, framing: words.framing.examples, notFraming: words.framing.counterExamples };
