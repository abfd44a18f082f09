import { expect, it } from 'vitest';
import { contentOf } from './query-text.js';

it.each([
  ['三公是啥', '三公'],
  ['啥叫项目支出', '项目支出'],
  ['公车维护费包括哪些', '公务用车维护费'],
  ['机关运行经费主要用在哪些方面', '机关运行经费主要用于'],
  ['数字化城市运行和治理中心是做什么的', '数字化城市运行和治理中心'],
  ['财政拨款收入是什么意思？', '财政拨款收入'],
  ['机关运行经费为什么减少', '机关运行经费 原因 减少'],
  ['是什么', ''],
])('keeps the content words of %s', (q, content) => {
  expect(contentOf(q)).toBe(content);
});
