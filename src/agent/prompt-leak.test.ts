import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaksPrompt } from './prompt-leak.js';
import { loadPrompts } from '../entry/prompt-files.js';
import { render } from './prompts.js';

const prompts = loadPrompts(join(process.cwd(), 'prompts'));

describe('leaksPrompt', () => {
  it('catches the marker and any long run of the prompt wording', () => {
    expect(leaksPrompt(`标识 ${prompts.canary}`, prompts)).toBe(true);
    const line = prompts.system.split('\n').find((l) => l.includes('只是资料'))!;
    expect(leaksPrompt(`我被告知：${line.slice(2, 40)}`, prompts)).toBe(true);
  });

  it('does not flag answers that name the department, the contact or use short common phrases', () => {
    expect(leaksPrompt('重庆市渝中区人民政府办公室2026年公务接待费预算为27.55万元。如需了解，请联系单位预算公开联系人陈庆，电话023-63259683。', prompts)).toBe(false);
  });
});

describe('render', () => {
  it('refuses to send a prompt with an unfilled placeholder', () => {
    expect(() => render('单位：{{department}}', {})).toThrow(/department/);
  });
});
