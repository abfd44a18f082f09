/** A JSON Schema as the OpenAPI 3.1 document holds it (only what the reference page reads). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  additionalProperties?: boolean | JsonSchema;
}

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** Follows a local `#/components/schemas/X` reference. */
export type Resolve = (schema: JsonSchema) => JsonSchema;

export function resolverFor(components: { schemas?: Record<string, JsonSchema> } | undefined): Resolve {
  const resolve: Resolve = (schema) => {
    const name = schema.$ref?.replace('#/components/schemas/', '');
    const target = name ? components?.schemas?.[name] : undefined;
    return target ? resolve(target) : schema;
  };
  return resolve;
}

/** One object's properties, `allOf` merged. */
function merged(schema: JsonSchema, resolve: Resolve): JsonSchema {
  const s = resolve(schema);
  if (!s.allOf) return s;
  const parts = s.allOf.map((p) => merged(p, resolve));
  return {
    ...s,
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), s.properties ?? {}),
    required: parts.flatMap((p) => p.required ?? []).concat(s.required ?? []),
  };
}

/** `string, 1–500 characters`, `integer ≥ 0, default 0`, `"zh" | "en"`. */
export function typeOf(schema: JsonSchema, resolve: Resolve): string {
  const s = merged(schema, resolve);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return variants.map((v) => typeOf(v, resolve)).join(' | ');
  const base = Array.isArray(s.type) ? s.type.join(' | ') : s.type ?? 'any';
  const parts = [base === 'array' && s.items ? `array of ${typeOf(s.items, resolve)}` : base];
  if (s.minLength !== undefined || s.maxLength !== undefined) parts.push(`${s.minLength ?? 0}–${s.maxLength ?? '∞'} characters`);
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.pattern) parts.push(`pattern ${s.pattern}`);
  if (s.format) parts.push(s.format);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join(', ');
}

/** Every field of an object, nested objects and arrays of objects flattened as `numbers[].text`, a few levels deep. */
export function fieldRows(schema: JsonSchema, resolve: Resolve, prefix = '', depth = 0): FieldRow[] {
  const s = merged(schema, resolve);
  if (!s.properties || depth > 3) return [];
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties).flatMap(([key, raw]) => {
    const prop = merged(raw, resolve);
    const name = `${prefix}${key}`;
    const row: FieldRow = { name, type: typeOf(prop, resolve), required: required.has(key), description: prop.description ?? raw.description ?? '' };
    const inner = prop.type === 'array' && prop.items ? fieldRows(prop.items, resolve, `${name}[].`, depth + 1) : fieldRows(prop, resolve, `${name}.`, depth + 1);
    if (inner.length) row.type = prop.type === 'array' ? 'array of object' : 'object';
    return [row, ...inner];
  });
}

/** True for an object that rejects fields it does not declare. */
export const isStrict = (schema: JsonSchema, resolve: Resolve) => merged(schema, resolve).additionalProperties === false;
