import aliasFile from '../../data/aliases.json' with { type: 'json' };
import type { AliasFile } from './lexicon.js';

/** data/aliases.json, bundled as a static import: the same data on Node and on Workers, no file read at run time. */
export const ALIASES = aliasFile as unknown as AliasFile;

/** District and county names a department's name may start with. */
export const DISTRICT_NAMES: readonly string[] = ALIASES.districts?.names ?? [];
