import { describe, expect, it } from 'vitest';
import { priorYear, share } from '../calc/index.js';
import type { StoredDocument, StoredFact } from '../domain/types.js';
import { AnswerBuilder } from './answer-builder.js';
import { verifyClaims, verifyFreeText } from './verify.js';

const TEXT = '四、“三公”经费情况说明\n2026年“三公”经费预算367.35万元。公务接待费27.55万元，比2025年减少1.3万元，主要原因是厉行节约，严格压减“三公”经费支出；公务用车运行维护费87.8万元，比2025年增加8.2万元，主要原因是因工作需要，新增公务用车4辆。联系电话023-63259683';
const doc: StoredDocument = { id: 'd1', sourceName: 's', title: 't', department: '重庆市某区某局', year: 2026, text: TEXT, subUnits: [], contact: { phone: '023-63259683', span: { start: TEXT.length - 12, end: TEXT.length } } };

function fact(key: string, value: string, change?: string): StoredFact {
  const at = TEXT.indexOf(`${value}万元`);
  const sentenceStart = TEXT.lastIndexOf('。', at) + 1;
  const sentenceEnd = TEXT.indexOf('。', at) + 1;
  const f: StoredFact = { id: `d1:${key}`, docId: 'd1', key, label: key, year: 2026, value, unit: '万元', span: { start: at, end: at + value.length }, sentence: { start: sentenceStart, end: sentenceEnd } };
  if (change) {
    f.change = change;
    const c = TEXT.indexOf(`${change.replace('-', '')}万元`, at);
    f.changeSpan = { start: c, end: c + change.replace('-', '').length };
  }
  return f;
}
const total = fact('sangong.total', '367.35');
const reception = fact('sangong.reception', '27.55', '-1.3');
const operation = fact('sangong.vehicle_operation', '87.8', '8.2');

const verify = (b: AnswerBuilder, extra: Partial<Parameters<typeof verifyClaims>[0]> = {}) => {
  const d = b.build('answered');
  return verifyClaims({ text: d.text, spans: d.spans, citations: d.citations, phones: d.phones, names: d.names, ...extra });
};

describe('claim verification', () => {
  it('passes figures, changes with their direction, a derivation, a year and the phone number', () => {
    const b = new AnswerBuilder(doc, 'zh');
    const prior = priorYear({ value: '87.8', unit: '万元', factId: operation.id }, { value: '8.2', unit: '万元', factId: operation.id });
    b.say(`2026年公务用车运行维护费${b.fact(operation)}，比2025年增加${b.change(operation)}；上年为${b.derived(prior)}（${b.derivation(prior)}）。电话023-63259683。`);
    const r = verify(b);
    expect(r.offending).toEqual([]);
    expect(r.checked).toBeGreaterThanOrEqual(5);
  });

  it('fails an internal key written where a name belongs', () => {
    const b = new AnswerBuilder(doc, 'zh');
    b.say(`文件没有单列vehicles.held.general，公务接待费${b.fact(reception)}。`);
    expect(verify(b).offending).toEqual(['vehicles.held.general is an internal key, not a name']);
  });

  it('fails a flipped direction: a decrease written as 增加', () => {
    const b = new AnswerBuilder(doc, 'zh');
    b.say(`公务接待费${b.fact(reception)}，比2025年增加${b.change(reception)}。`);
    expect(verify(b).offending).toEqual([expect.stringMatching(/1\.3 is a fall, written as a rise/)]);
  });

  it('fails a change written without any direction word', () => {
    const b = new AnswerBuilder(doc, 'zh');
    b.say(`公务接待费${b.fact(reception)}，变动${b.change(reception)}。`);
    expect(verify(b).ok).toBe(false);
  });

  it('fails another item’s value: the figure is of an item the question did not ask about', () => {
    const b = new AnswerBuilder(doc, 'zh');
    b.say(`外宾接待费为${b.fact(reception)}。`);
    const asked = (item: string) => item === 'sangong.vehicle_operation';
    expect(verify(b, { asked }).offending).toEqual([expect.stringMatching(/sangong\.reception, which the question did not ask about/)]);
  });

  it('passes the nearest disclosed figure when the answer frames it as context', () => {
    const b = new AnswerBuilder(doc, 'zh');
    b.say(`文件没有单列外宾接待费；公务接待费（含外宾接待）为${b.fact(reception, { role: 'context' })}。`);
    expect(verify(b, { asked: () => false }).offending).toEqual([]);
    const bare = new AnswerBuilder(doc, 'zh');
    bare.say(`外宾接待费是${bare.fact(reception, { role: 'context' })}。`);
    expect(verify(bare).offending).toEqual([expect.stringMatching(/not framed/)]);
  });

  it('fails a wrong unit', () => {
    const b = new AnswerBuilder(doc, 'zh');
    b.say(`公务接待费${b.fact(reception)}。`);
    const d = b.build('answered');
    const text = d.text.replace('27.55万元', '27.55人');
    expect(verifyClaims({ text, spans: d.spans, citations: d.citations, phones: d.phones }).offending).toEqual([expect.stringMatching(/wrong unit/)]);
  });

  it('fails 100 anywhere but inside a calculator derivation', () => {
    const b = new AnswerBuilder(doc, 'zh');
    const r = share({ value: '27.55', unit: '万元', factId: reception.id }, { value: '367.35', unit: '万元', factId: total.id });
    b.say(`占比${b.derived(r)}（${b.derivation(r)}）。`);
    expect(verify(b).offending).toEqual([]);
    b.say('放大100倍。');
    expect(verify(b).offending).toEqual(['100 has no source']);
  });

  it('fails a number with no source, in Arabic, full-width or Chinese numerals', () => {
    for (const extra of ['其中燃料费12万元。', '预算为１０００万元。', '共有车辆十二辆。', '增长了百分之十二点五。']) {
      const b = new AnswerBuilder(doc, 'zh');
      b.say(`公务接待费${b.fact(reception)}。${extra}`);
      expect(verify(b).ok, extra).toBe(false);
    }
  });

  it('fails a figure of a document the answer may not cite', () => {
    const b = new AnswerBuilder(doc, 'zh');
    b.say(`公务接待费${b.fact(reception)}。`);
    expect(verify(b, { documents: new Set(['other']) }).offending).toEqual([expect.stringMatching(/another document/)]);
  });

  it('allows a quotation only when it is a whole clause of a cited span', () => {
    const b = new AnswerBuilder(doc, 'zh');
    const reasonAt = TEXT.indexOf('厉行节约');
    const reason = '厉行节约，严格压减“三公”经费支出';
    b.say(`原因是${b.quote(reason, { start: reasonAt, end: reasonAt + reason.length })}。也就是「厉行节约」。`);
    expect(verify(b).offending).toEqual([]);
    b.say('又说「严格压减“三公”经费支」。');
    expect(verify(b).ok).toBe(false);
    b.say('「新增公务用车40辆」');
    expect(verify(b).offending.join()).toMatch(/not a whole clause/);
  });

  it('computes `verified` from the text it checks: a number edited after composition fails', () => {
    const b = new AnswerBuilder(doc, 'zh');
    b.say(`公务接待费${b.fact(reception)}。`);
    const d = b.build('answered');
    expect(verifyClaims({ text: d.text.replace('27.55', '27.56'), spans: d.spans, citations: d.citations, phones: d.phones }).ok).toBe(false);
  });
});

describe('free text (a model’s answer) against the run’s sources', () => {
  const sources = [
    { kind: 'fact' as const, value: '27.55', unit: '万元', role: 'answer' as const, item: 'sangong.reception', docId: 'd1' },
    { kind: 'change' as const, value: '1.3', unit: '万元', role: 'answer' as const, item: 'sangong.reception', direction: 'down' as const, docId: 'd1' },
    { kind: 'derived' as const, value: '7.5', unit: '%', role: 'answer' as const, derivation: '27.55 ÷ 367.35 × 100% = 7.5%' },
  ];
  const rest = { citations: [], phones: ['023-63259683'] };
  it('matches each number to a source and checks its unit and direction', () => {
    expect(verifyFreeText('公务接待费27.55万元，比上年减少1.3万元，占7.5%（27.55 ÷ 367.35 × 100% = 7.5%）。', sources, rest).offending).toEqual([]);
    expect(verifyFreeText('公务接待费27.55万元，比上年增加1.3万元。', sources, rest).ok).toBe(false);
    expect(verifyFreeText('公务接待费27.55人。', sources, rest).ok).toBe(false);
    expect(verifyFreeText('乘以100就是结果。', sources, rest).ok).toBe(false);
  });
});
