import { openD1QuestionLog } from '../../src/questions/d1-question-log.js';
import { miniflareD1 } from '../support/miniflare-d1.js';
import { questionLogContract } from './question-log-contract.js';

// The question log on Miniflare's D1, migrated with src/questions/migrations.
questionLogContract('D1 (Miniflare)', async (opts) => {
  const { logDb, dispose } = await miniflareD1();
  return Object.assign(openD1QuestionLog(logDb, opts), { close: dispose });
});
