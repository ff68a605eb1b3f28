import type { ContractField, ContractType } from '../contract/contract.js';
import { type EcsError, ecsError } from './ecs-error.js';
import { parseJsonIds } from './json-ids.js';
import { err, ok, type Result } from './result.js';

/**
 * The errors reading a request can produce.
 *
 * @internal
 */
/** The longest `ClientToken` real ECS takes (API reference, e.g. CreateSnapshot: "ASCII
 * characters ... cannot exceed 64 characters"). */
const MAX_CLIENT_TOKEN_LENGTH = 64;

export type ParamErrorCode = 'MissingParameter' | 'InvalidParameter' | 'UnsupportedParameter';

/** Thrown inside a {@link readParams} callback only; turned into a `Result` before it leaves. */
class ParamFailure {
  readonly error: EcsError;
  constructor(error: EcsError) {
    this.error = error;
  }
}

/** `diskId` -> `DiskId`: the name the parameter has on the wire and in ECS messages. */
function wireName(path: string): string {
  return path.charAt(0).toUpperCase() + path.slice(1);
}

function invalid(path: string, why: string): never {
  throw new ParamFailure(
    ecsError('InvalidParameter', `The specified parameter ${wireName(path)} is not valid: ${why}.`),
  );
}

/**
 * How a reader treats the parameters its operation does not read: real ECS accepts every
 * parameter it documents (checking its type) and ignores names it does not know; a strict reader
 * refuses both with `UnsupportedParameter`, a test aid that catches typos.
 *
 * @internal
 */
export interface ReadPolicy {
  /**
   * The documented parameters of this object (from the generated contract), or `undefined` when
   * it has none (simulation calls, fake-ecs's own fields): then every unread field is refused.
   */
  readonly fields: readonly ContractField[] | undefined;
  /** Refuse every field the operation does not read (`createEcs({ strictParameters: true })`). */
  readonly strict: boolean;
}

/** No contract: every field nobody read is refused (simulation calls, nested fake-ecs objects). */
const UNDOCUMENTED: ReadPolicy = { fields: undefined, strict: true };

/** Real clients send `RegionId` with every call, even to operations whose model lacks it. */
const ALWAYS_ACCEPTED = 'regionId';

/**
 * Inclusive limits of a whole-number parameter.
 *
 * @internal
 */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Reads the fields of one request object, coercing the wire's strings where the SDK types a
 * field loosely, and remembers what it read so anything left over is reported as unsupported.
 *
 * @internal
 */
export class ParamReader {
  readonly #source: Readonly<Record<string, unknown>>;
  readonly #prefix: string;
  readonly #policy: ReadPolicy;
  readonly #read = new Set<string>();
  /** Set by {@link probeReads}: nothing is missing, every read is only recorded. */
  #probing = false;

  /**
   * @param source - The request object (plain object or SDK model instance).
   * @param prefix - The wire path of this object, e.g. `SystemDisk.` or `DataDisk.1.`.
   * @param policy - What to do with fields nobody reads (default: refuse them).
   */
  constructor(source: Readonly<Record<string, unknown>>, prefix = '', policy = UNDOCUMENTED) {
    this.#source = source;
    this.#prefix = prefix;
    this.#policy = policy;
  }

  /** The contract's description of one field of this object, by its SDK name. */
  #documented(key: string): ContractField | undefined {
    return this.#policy.fields?.find((f) => f.sdk === key);
  }

  /** The policy of a nested object or list item: the fields its contract type documents. */
  #nestedPolicy(key: string): ReadPolicy {
    let type = this.#documented(key)?.type;
    if (type?.kind === 'list') type = type.item;
    if (type?.kind !== 'object') return UNDOCUMENTED;
    return { fields: type.fields, strict: this.#policy.strict };
  }

  #raw(key: string): unknown {
    this.#read.add(key);
    const value = this.#source[key];
    return value === null ? undefined : value;
  }

  #path(key: string): string {
    return `${this.#prefix}${wireName(key)}`;
  }

  /**
   * Refuses a missing value with `MissingParameter` naming the parameter.
   *
   * @param key - The field.
   * @param value - What was read.
   * @returns The value, now known to be present.
   */
  required<T>(key: string, value: T | undefined): T {
    if (this.#probing) return value as T;
    if (value === undefined || value === '') {
      throw new ParamFailure(
        ecsError(
          'MissingParameter',
          `The input parameter ${this.#path(key)} that is mandatory for processing this request is not supplied.`,
        ),
      );
    }
    return value;
  }

  /**
   * An optional string.
   *
   * @param key - The field.
   * @returns The string, or `undefined`.
   */
  string(key: string): string | undefined {
    const value = this.#raw(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') invalid(this.#path(key), 'expected a string');
    return value;
  }

  /**
   * The optional `clientToken` (idempotency), bounded as real ECS bounds it: ASCII, at most
   * {@link MAX_CLIENT_TOKEN_LENGTH} characters; anything else is `InvalidClientToken.Malformed`
   * (403), before the token is looked up or remembered.
   *
   * @returns The token, or `undefined`.
   */
  clientToken(): string | undefined {
    const value = this.string('clientToken');
    if (
      value !== undefined &&
      (value.length > MAX_CLIENT_TOKEN_LENGTH || [...value].some((c) => c.charCodeAt(0) > 0x7f))
    )
      throw new ParamFailure(
        ecsError(
          'InvalidClientToken.Malformed',
          `The specified clientToken is improperly formatted. It must contain only ASCII characters and must not exceed ${MAX_CLIENT_TOKEN_LENGTH} characters in length (got ${value.length} characters).`,
        ),
      );
    return value;
  }

  /**
   * An optional whole number (numeric strings are accepted, as on the wire).
   *
   * @param key - The field.
   * @param bounds - Inclusive limits.
   * @returns The number, or `undefined`.
   */
  int(key: string, bounds: Bounds = {}): number | undefined {
    const value = this.#raw(key);
    if (value === undefined || value === '') return undefined;
    const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isSafeInteger(n))
      invalid(this.#path(key), 'expected a whole number');
    if (bounds.min !== undefined && n < bounds.min)
      invalid(this.#path(key), `must be at least ${bounds.min}`);
    if (bounds.max !== undefined && n > bounds.max)
      invalid(this.#path(key), `must be at most ${bounds.max}`);
    return n;
  }

  /**
   * An optional boolean (`'true'`/`'false'` are accepted, as on the wire).
   *
   * @param key - The field.
   * @returns The boolean, or `undefined`.
   */
  bool(key: string): boolean | undefined {
    const value = this.#raw(key);
    if (value === undefined) return undefined;
    if (value === 'true' || value === 'false') return value === 'true';
    if (typeof value !== 'boolean') invalid(this.#path(key), 'expected true or false');
    return value;
  }

  /**
   * An optional value from a fixed set.
   *
   * @param key - The field.
   * @param allowed - The accepted values.
   * @param onInvalid - The ECS error for a value outside the set (default `InvalidParameter`).
   * @returns The value, or `undefined`.
   */
  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    onInvalid?: () => EcsError,
  ): T | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      if (onInvalid) throw new ParamFailure(onInvalid());
      invalid(this.#path(key), `expected one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  /**
   * An optional JSON-array-of-strings parameter (`DiskIds='["d-1","d-2"]'`), also accepting a
   * real array.
   *
   * @param key - The field.
   * @param max - The most entries allowed.
   * @param onInvalid - The ECS error for a malformed list (default `InvalidParameter`).
   * @returns The strings, or `undefined`.
   */
  jsonIds(key: string, max: number, onInvalid?: () => EcsError): readonly string[] | undefined {
    const ids = parseJsonIds(this.#raw(key), max);
    if (ids !== null) return ids;
    if (onInvalid) throw new ParamFailure(onInvalid());
    invalid(this.#path(key), `expected a JSON array of at most ${max} ids`);
  }

  /**
   * An optional repeat list of strings (`InstanceId.1=...&InstanceId.2=...`).
   *
   * @param key - The field.
   * @param max - The most entries allowed.
   * @returns The strings, or `undefined`.
   */
  stringList(key: string, max: number): readonly string[] | undefined {
    const value = this.#raw(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      invalid(this.#path(key), 'expected a list of strings');
    if (value.length > max) invalid(this.#path(key), `at most ${max} entries`);
    return value as string[];
  }

  /**
   * An optional nested object, read with its own reader.
   *
   * @param key - The field.
   * @param read - Reads the nested fields.
   * @returns What `read` returned, or `undefined` when absent.
   */
  object<T>(key: string, read: (p: ParamReader) => T): T | undefined {
    const value = this.#raw(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
      invalid(this.#path(key), 'expected an object');
    return readNested(
      value as Record<string, unknown>,
      `${this.#path(key)}.`,
      read,
      this.#nestedPolicy(key),
    );
  }

  /**
   * An optional list of nested objects (`DataDisk.N.*`, `Tag.N.*`).
   *
   * @param key - The field.
   * @param read - Reads one element.
   * @param max - The most elements allowed.
   * @returns The elements read, or `undefined` when absent.
   */
  list<T>(
    key: string,
    read: (p: ParamReader, index: number) => T,
    max = 100,
  ): readonly T[] | undefined {
    const value = this.#raw(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) invalid(this.#path(key), 'expected a list');
    if (value.length > max) invalid(this.#path(key), `at most ${max} entries`);
    const policy = this.#nestedPolicy(key);
    return value.map((item: unknown, i) => {
      if (typeof item !== 'object' || item === null)
        invalid(`${this.#path(key)}.${i + 1}`, 'expected an object');
      return readNested(
        item as Record<string, unknown>,
        `${this.#path(key)}.${i + 1}.`,
        (p) => read(p, i),
        policy,
      );
    });
  }

  /**
   * Refuses a field's value with `InvalidParameter` naming it.
   *
   * @param key - The field.
   * @param why - What is wrong with it.
   */
  reject(key: string, why: string): never {
    invalid(this.#path(key), why);
  }

  /**
   * Refuses a field fake-ecs reads but does not model in the value given (e.g.
   * `enableCrossRegionCopy: true`), with `UnsupportedParameter` naming it.
   *
   * @param key - The field.
   */
  unsupported(key: string): never {
    throw new ParamFailure(
      ecsError(
        'UnsupportedParameter',
        `The parameter ${this.#path(key)} is not supported by fake-ecs with this value; leave it unset.`,
      ),
    );
  }

  /**
   * Marks a field as read without interpreting it (e.g. `tag`, validated elsewhere). Unless the
   * reader is strict, the members of its objects that the contract does not document are left
   * out, as real ECS ignores them (`Tag.1.Color`).
   *
   * @param key - The field.
   * @returns The raw value (without undocumented members).
   */
  passThrough(key: string): unknown {
    const value = this.#raw(key);
    const type = this.#documented(key)?.type;
    return this.#policy.strict || type === undefined ? value : documentedPart(type, value);
  }

  /** Records reads only: `required` lets anything through ({@link probeReads}). */
  startProbe(): void {
    this.#probing = true;
  }

  /**
   * The fields read so far.
   *
   * @returns Their SDK names, in reading order.
   */
  fieldsRead(): readonly string[] {
    return [...this.#read];
  }

  /**
   * Settles the fields nobody read: a documented one is accepted once its value has the
   * documented type, an unknown one is ignored; a strict reader (or one without a contract)
   * refuses both with `UnsupportedParameter`. `regionId` is accepted by every ECS operation.
   */
  finish(): void {
    for (const [key, value] of Object.entries(this.#source)) {
      if (value === undefined || value === null || this.#read.has(key)) continue;
      this.#settle(key, value);
    }
  }

  /** One field nobody read: accepted (its type checked), ignored, or refused. */
  #settle(key: string, value: unknown): void {
    const field = this.#documented(key);
    const documented = this.#policy.fields !== undefined;
    if (documented && key === ALWAYS_ACCEPTED && this.#prefix === '' && typeof value === 'string')
      return;
    if (this.#policy.strict || !documented) {
      throw new ParamFailure(
        ecsError(
          'UnsupportedParameter',
          field
            ? `The parameter ${this.#path(key)} is documented by ECS but not modelled by fake-ecs; leave it unset, or create the world without strictParameters to accept it.`
            : `The parameter ${this.#path(key)} is not supported by fake-ecs; leave it unset.`,
        ),
      );
    }
    if (field) checkType(field.type, value, this.#path(key));
  }
}

/** A value without the object members its contract type does not document. */
function documentedPart(type: ContractType, value: unknown): unknown {
  if (type.kind === 'list' && Array.isArray(value))
    return value.map((item: unknown) => documentedPart(type.item, item));
  if (type.kind !== 'object' || typeof value !== 'object' || value === null || Array.isArray(value))
    return value;
  const kept: Record<string, unknown> = {};
  for (const field of type.fields) {
    const member = (value as Record<string, unknown>)[field.sdk];
    if (member !== undefined) kept[field.sdk] = documentedPart(field.type, member);
  }
  return kept;
}

/** A value sent as JSON text, or given as the structure itself. */
function checkJson(type: ContractType, value: unknown, path: string): void {
  if (typeof value !== 'string') {
    checkType(type, value, path);
    return;
  }
  try {
    JSON.parse(value);
  } catch {
    invalid(path, 'expected JSON text');
  }
}

function checkList(item: ContractType, value: unknown, path: string): void {
  if (!Array.isArray(value)) invalid(path, 'expected a list');
  value.forEach((v: unknown, i) => {
    if (v !== undefined && v !== null) checkType(item, v, `${path}.${i + 1}`);
  });
}

function checkObject(fields: readonly ContractField[], value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    invalid(path, 'expected an object');
  for (const [key, v] of Object.entries(value)) {
    const field = fields.find((f) => f.sdk === key);
    if (field && v !== undefined && v !== null) checkType(field.type, v, `${path}.${field.wire}`);
  }
}

/**
 * Checks a documented parameter fake-ecs does not read against its documented type, as real ECS
 * would (`Size=abc` is refused; the wire's strings stand for numbers and booleans).
 */
function checkType(type: ContractType, value: unknown, path: string): void {
  switch (type.kind) {
    case 'number':
      if (typeof value === 'number' ? !Number.isFinite(value) : !isNumeric(value))
        invalid(path, 'expected a number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false')
        invalid(path, 'expected true or false');
      return;
    case 'string':
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
        invalid(path, 'expected a string');
      return;
    case 'list':
      checkList(type.item, value, path);
      return;
    case 'object':
      checkObject(type.fields, value, path);
      return;
    case 'json':
      checkJson(type.value, value, path);
      return;
    default:
      return;
  }
}

function isNumeric(value: unknown): boolean {
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim());
}

function readNested<T>(
  source: Record<string, unknown>,
  prefix: string,
  read: (p: ParamReader) => T,
  policy: ReadPolicy,
): T {
  const reader = new ParamReader(source, prefix, policy);
  const result = read(reader);
  reader.finish();
  return result;
}

/**
 * The top-level fields an operation's reader reads, found by running it on an empty request
 * (fields it reads only when another is set are not found). For the generated parameter list of
 * docs/fidelity.md.
 *
 * @param read - The operation's reader.
 * @returns The SDK names of the fields it read.
 * @internal
 */
export function probeReads(read: (p: ParamReader) => unknown): readonly string[] {
  const reader = new ParamReader({});
  reader.startProbe();
  try {
    read(reader);
  } catch {
    // A reader that uses a value it required (nothing, here) stops early: what it read is kept.
  }
  return reader.fieldsRead();
}

/**
 * Reads a request into a typed input. Missing, malformed and unsupported parameters become
 * `MissingParameter`, `InvalidParameter` and `UnsupportedParameter` errors, never exceptions.
 *
 * @param request - The caller's request object.
 * @param read - Reads every field the operation supports.
 * @param policy - What to do with the fields `read` leaves (default: refuse them).
 * @returns The typed input, or the error.
 * @internal
 */
export function readParams<T>(
  request: unknown,
  read: (p: ParamReader) => T,
  policy: ReadPolicy = UNDOCUMENTED,
): Result<T, EcsError> {
  if (
    request !== undefined &&
    (typeof request !== 'object' || request === null || Array.isArray(request))
  ) {
    return err(ecsError('InvalidParameter', 'The request must be an object of parameters.'));
  }
  try {
    return ok(readNested((request ?? {}) as Record<string, unknown>, '', read, policy));
  } catch (e) {
    if (e instanceof ParamFailure) return err(e.error);
    throw e;
  }
}
