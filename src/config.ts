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
