import { describe, expect, it } from 'vitest';
import dialect from '../../data/dialect.json' with { type: 'json' };
import { normalizeQuestion } from './question-text.js';

describe('Cantonese words in a question (data/dialect.json)', () => {
  it.each(dialect.examples)('%s reads as %s', (question, mandarin) => {
    expect(normalizeQuestion(question!)).toBe(mandarin);
  });

  it('leaves Mandarin words that share a character alone (系统, 呢 ending a question, 仲裁)', () => {
    expect(normalizeQuestion('群工系统运行专项呢?')).toBe('群工系统运行专项呢?');
    expect(normalizeQuestion('仲裁')).toBe('仲裁');
  });
});
