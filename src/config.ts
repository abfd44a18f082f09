import { z } from 'zod';

/**
 * Every setting the service reads, with its default and help. The only reader of process.env:
 * callers pass the environment in (`loadConfig(process.env)`), so tests build configs without touching globals.
 */
export const SETTINGS = {
  PORT: { schema: z.coerce.number().int().min(1).max(65535).default(8787), help: 'HTTP port of the service' },
  HOST: { schema: z.string().min(1).default('127.0.0.1'), help: 'address the server binds to' },
  DB_PATH: { schema: z.string().min(1).default('data/budget.db'), help: 'facts database (SQLite), built from SOURCES_DIR when missing' },
  SOURCES_DIR: { schema: z.string().min(1).default('data/sources'), help: 'folder of published documents (UTF-8 or GBK text)' },
  // Question log and staff console (issue: portal and hotline workflow)
  LOG_DB_PATH: { schema: z.string().min(1).default('data/questions.db'), help: 'writable question log (SQLite, WAL), separate from the read-only facts' },
  LOG_RETENTION_DAYS: { schema: z.coerce.number().int().min(1).max(3650).default(180), help: 'days a logged question is kept before it is deleted' },
  STAFF_TOKEN: { schema: z.string().min(16, 'STAFF_TOKEN must be at least 16 characters').optional(), help: 'bearer token for /staff and /api/staff/* (unset: staff routes answer 404)' },
  RATE_LIMIT_PER_MINUTE: { schema: z.coerce.number().int().min(1).max(100000).default(30), help: 'questions per minute per client address on /api/ask' },
  RATE_LIMIT_EXEMPT: {
    schema: z
      .string()
      .default('127.0.0.1,::1,::ffff:127.0.0.1')
      .transform((v) => (v.trim() === 'none' ? [] : v.split(',').map((a) => a.trim()).filter(Boolean))),
    help: 'client addresses never rate-limited, comma-separated (default: this machine — an evaluation harness or a health check); "none" limits everyone',
  },
  TRUSTED_PROXY: { schema: z.string().optional(), help: 'address of a reverse proxy whose X-Forwarded-For is believed (unset: never)' },
  // Optional language model (OpenAI-compatible)
  LLM_BASE_URL: { schema: z.url().optional(), help: 'OpenAI-compatible API base URL, e.g. http://127.0.0.1:8000/v1 (unset: rules engine only)' },
  LLM_API_KEY: { schema: z.string().optional(), help: 'API key for LLM_BASE_URL' },
  LLM_MODEL: { schema: z.string().optional(), help: 'chat model name' },
  LLM_TIMEOUT_MS: { schema: z.coerce.number().int().min(100).max(600000).default(20000), help: 'timeout of one model call' },
  LLM_MAX_STEPS: { schema: z.coerce.number().int().min(1).max(20).default(6), help: 'most tool-calling steps per answer' },
  LLM_DEADLINE_MS: { schema: z.coerce.number().int().min(100).max(600000).default(45000), help: 'total time an agent answer may take' },
  EMBEDDINGS_BASE_URL: { schema: z.url().optional(), help: 'OpenAI-compatible embeddings base URL (unset: local hashed n-gram embedder)' },
  EMBEDDINGS_API_KEY: { schema: z.string().optional(), help: 'API key for EMBEDDINGS_BASE_URL' },
  EMBEDDINGS_MODEL: { schema: z.string().optional(), help: 'embeddings model name' },
} as const;

type Settings = typeof SETTINGS;
export type Config = { [K in keyof Settings]: z.output<Settings[K]['schema']> };

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const shape = Object.fromEntries(Object.entries(SETTINGS).map(([k, v]) => [k, v.schema])) as {
    [K in keyof Settings]: Settings[K]['schema'];
  };
  const input = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = z.object(shape).safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${issues}`);
  }
  return parsed.data as Config;
}

/** One line per setting, for `budget-qa --help` and the README. */
export function describeSettings(): string {
  return Object.entries(SETTINGS)
    .map(([k, v]) => `  ${k.padEnd(16)} ${v.help}`)
    .join('\n');
}
