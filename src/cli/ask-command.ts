import type { Config } from '../config.js';
import { buildNodeDeps } from '../entry/node-deps.js';
import { toPublic } from '../http/ask-request.js';
import type { Understanding } from '../answer/index.js';

/** `budget-qa ask "q1" ["q2" …]`: each later question is a follow-up of the one before. */
export async function askCommand(
  config: Config,
  questions: string[],
  opts: { json: boolean; lang: 'zh' | 'en' | undefined },
  log: (line: string) => void,
): Promise<number> {
  const deps = await buildNodeDeps(config, (line) => process.stderr.write(`${line}\n`));
  let previous: Understanding | undefined;
  for (const q of questions) {
    // (A composed answer that failed verification is replaced; what failed is said on stderr, as the service logs it.)
    const onRejected = (e: { offending: string[]; text: string }) => process.stderr.write(`answer rejected (${e.offending.join('; ')}): ${e.text}\n`);
    const r = await deps.engine.ask(q, { ...(previous ? { previous } : {}), ...(opts.lang ? { lang: opts.lang } : {}), onRejected });
    previous = r.understanding;
    if (opts.json) log(JSON.stringify(toPublic(r, 'cli'), null, 2));
    else {
      log(`问：${q}`);
      log(`答（${r.status}）：${r.answer}`);
      for (const n of r.numbers) if (n.derivation) log(`   ${n.text} = ${n.derivation}`);
    }
  }
  await deps.store.close();
  return 0;
}
