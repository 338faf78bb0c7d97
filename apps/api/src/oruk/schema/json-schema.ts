/**
 * A small JSON Schema (2020-12) validator for the keywords our Open Referral schema uses: `type`,
 * `properties`, `required`, `additionalProperties: false`, `items`, `enum`, `pattern`, `format`
 * (uuid, date, date-time, uri, email), `minimum`, `minLength`, `minItems` and `$ref` to `#/$defs/…`.
 * Any other keyword is refused when the schema is loaded, so nothing is silently left unchecked.
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: (string | number | boolean | null)[];
  pattern?: string;
  format?: 'uuid' | 'date' | 'date-time' | 'uri' | 'email';
  minimum?: number;
  minLength?: number;
  minItems?: number;
}

export interface SchemaViolation {
  /** JSON Pointer to the offending value, e.g. `/contents/0/schedules/1/freq`. */
  path: string;
  message: string;
}

const KNOWN_KEYWORDS = new Set<string>([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'pattern',
  'format',
  'minimum',
  'minLength',
  'minItems',
]);

const FORMATS: Record<NonNullable<JsonSchema['format']>, (value: string) => boolean> = {
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v),
  'date-time': (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(v) &&
    isRealDate(v.slice(0, 10)),
  uri: (v) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
};

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function matchesType(value: unknown, type: JsonType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Throws when the schema uses a keyword this validator does not check. */
export function assertSupportedSchema(schema: JsonSchema, at = '#'): void {
  for (const key of Object.keys(schema))
    if (!KNOWN_KEYWORDS.has(key))
      throw new Error(`Unsupported JSON Schema keyword ${key} at ${at}`);
  for (const [name, child] of Object.entries(schema.$defs ?? {}))
    assertSupportedSchema(child, `${at}/$defs/${name}`);
  for (const [name, child] of Object.entries(schema.properties ?? {}))
    assertSupportedSchema(child, `${at}/properties/${name}`);
  if (schema.items) assertSupportedSchema(schema.items, `${at}/items`);
}

/** Every way `value` breaks `schema` (empty when it is valid). */
export function validateJson(schema: JsonSchema, value: unknown): SchemaViolation[] {
  assertSupportedSchema(schema);
  const violations: SchemaViolation[] = [];
  check(schema, value, '', schema, violations);
  return violations;
}

function resolve(ref: string, root: JsonSchema): JsonSchema {
  const name = /^#\/\$defs\/([A-Za-z0-9_-]+)$/.exec(ref)?.[1];
  const target = name ? root.$defs?.[name] : undefined;
  if (!target) throw new Error(`Cannot resolve ${ref}`);
  return target;
}

function check(
  schema: JsonSchema,
  value: unknown,
  path: string,
  root: JsonSchema,
  out: SchemaViolation[],
): void {
  if (schema.$ref) check(resolve(schema.$ref, root), value, path, root, out);
  const fail = (message: string) => out.push({ path: path || '/', message });

  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => matchesType(value, type))) {
      fail(`must be ${types.join(' or ')}, not ${typeOf(value)}`);
      return;
    }
  }
  if (schema.enum && !schema.enum.includes(value as string))
    fail(`must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);

  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      fail(`must have at least ${schema.minLength} characters`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
      fail(`must match ${schema.pattern}`);
    if (schema.format && !FORMATS[schema.format](value)) fail(`must be a valid ${schema.format}`);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum)
    fail(`must be at least ${schema.minimum}`);

  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      fail(`must have at least ${schema.minItems} items`);
    if (schema.items)
      value.forEach((item, i) => check(schema.items!, item, `${path}/${i}`, root, out));
  }

  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? [])
      if (!(name in object)) fail(`must have the property ${name}`);
    for (const [name, child] of Object.entries(object)) {
      const propertySchema = schema.properties?.[name];
      if (propertySchema) check(propertySchema, child, `${path}/${name}`, root, out);
      else if (schema.additionalProperties === false)
        out.push({ path: `${path}/${name}`, message: 'is not a property this schema allows' });
    }
  }
}
