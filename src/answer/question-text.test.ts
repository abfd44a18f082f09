import { describe, expect, it } from 'vitest';
import dialect from '../../data/dialect.json' with { type: 'json' };
import { detectLang, normalizeQuestion } from './question-text.js';

describe('dialect words in a question (data/dialect.json: Cantonese, Chongqing)', () => {
  it.each(dialect.examples)('%s reads as %s', (question, mandarin) => {
    expect(normalizeQuestion(question!)).toBe(mandarin);
  });

  it('leaves Mandarin words that share a character alone (系统, 呢 ending a question, 仲裁)', () => {
    expect(normalizeQuestion('群工系统运行专项呢?')).toBe('群工系统运行专项呢?');
    expect(normalizeQuestion('仲裁')).toBe('仲裁');
  });
});

describe('the language of a question', () => {
  it('one English word and nothing else is English; a Chinese question with a Latin word is Chinese', () => {
    expect(detectLang('Why?')).toBe('en');
    expect(detectLang('why tho?')).toBe('en');
    expect(detectLang('AI项目多少钱')).toBe('zh');
    expect(detectLang('公务接待费budget多少？')).toBe('zh');
  });
});

describe('an English question around one Chinese name', () => {
  it('is English when it starts in English', () => {
    expect(detectLang("What's the 机关运行经费?")).toBe('en');
    expect(detectLang('三公经费的growth rate是多少？')).toBe('zh');
    expect(detectLang('政府采购的goods，就是货物预算多少钱')).toBe('zh');
    expect(detectLang('foreign guest reception 外宾接待这块有多少预算？')).toBe('zh');
  });
});

describe('thousands written with commas', () => {
  it('are one figure; a comma between other figures stays', () => {
    expect(normalizeQuestion('Project spending is 8,870.03 ten-thousand yuan, right?')).toBe('project spending is 8870.03 ten-thousand yuan, right?');
    expect(normalizeQuestion('三公经费是3,673,500元吧')).toBe('三公经费是3673500元吧');
    expect(normalizeQuestion('2025,2026年各多少')).toBe('2025,2026年各多少');
  });
});

describe('a percent written as a word', () => {
  it('after a number is a percent sign; asked as a word it stays a word', () => {
    expect(normalizeQuestion('Basic expenditure grew by roughly 22 percent, right?')).toBe('basic expenditure grew by roughly 22%, right?');
    expect(normalizeQuestion('up 3.6 per cent?')).toBe('up 3.6%?');
    expect(normalizeQuestion('What percent of the total is that?')).toBe('what percent of the total is that?');
  });
});

describe('a year between a word and its noun', () => {
  it('moves after them, so the total budget is read whole; the year stays in the question', () => {
    expect(normalizeQuestion('Now convert the total 2026 budget into yuan.')).toBe('now convert the total budget in 2026 into yuan.');
    expect(normalizeQuestion('What is the 2026 total budget?')).toBe('what is the 2026 total budget?');
  });
});
