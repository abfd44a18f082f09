import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../config.js';
import type { AppDeps } from '../http/deps.js';
import { openSqliteQuestionLog } from '../questions/sqlite-question-log.js';
import type { QuestionLog } from '../questions/types.js';
import { logAnswers } from '../service/log-answers.js';
import { nodeClientAddress } from './node-client-address.js';
import { loadWebAssets } from './web-assets.js';

export type HotlineDeps = Required<Pick<AppDeps, 'questions' | 'assets' | 'clientAddress' | 'rateLimitPerMinute' | 'rateLimitExempt' | 'onAnswered'>> &
  Pick<AppDeps, 'staffToken'> & { questions: QuestionLog };

/** The portal and hotline side of the server: page files, question log (own writable DB), staff token, limits. */
export function hotlineDeps(config: Config, log: (event: Record<string, unknown>) => void): HotlineDeps {
  mkdirSync(dirname(config.LOG_DB_PATH), { recursive: true });
  const questions = openSqliteQuestionLog({ path: config.LOG_DB_PATH, retentionDays: config.LOG_RETENTION_DAYS });
  return {
    questions,
    assets: loadWebAssets(),
    clientAddress: nodeClientAddress(config.TRUSTED_PROXY),
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    rateLimitExempt: config.RATE_LIMIT_EXEMPT,
    ...(config.STAFF_TOKEN ? { staffToken: config.STAFF_TOKEN } : {}),
    onAnswered: logAnswers(questions, log),
  };
}
