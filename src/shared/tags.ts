import { type EcsError, ecsError } from './ecs-error.js';
import { err, ok, type Result } from './result.js';

/**
 * A resource tag as stored on an entity.
 *
 * @example
 * ```ts
 * const tag: Tag = { key: 'env', value: 'test' };
 * ```
 * @category World
 */
export interface Tag {
  /** The tag key. */
  readonly key: string;
  /** The tag value (may be empty). */
  readonly value: string;
}

/**
 * A tag as a request carries it (the SDK's `...RequestTag`: both fields optional).
 *
 * @example
 * ```ts
 * const input: TagInput = { key: 'env', value: 'test' };
 * ```
 * @category World
 */
export interface TagInput {
  /** The tag key: 1-128 characters, not starting with `aliyun` or `acs:`, no `http(s)://`. */
  key?: string | undefined;
  /** The tag value: up to 128 characters, no `http(s)://`. */
  value?: string | undefined;
}

const MAX_TAGS = 20;
const URL_IN_TEXT = /https?:\/\//;

type TagError = EcsError<
  | 'InvalidTagKey.Malformed'
  | 'InvalidTagValue.Malformed'
  | 'Duplicate.TagKey'
  | 'InvalidTagCount'
  | 'UnsupportedParameter'
>;

/** A field of a tag other than `key` and `value` (which fake-ecs would otherwise silently drop). */
function unsupportedField(tag: unknown): string | undefined {
  if (typeof tag !== 'object' || tag === null) return undefined;
  return Object.entries(tag).find(
    ([field, v]) => field !== 'key' && field !== 'value' && v !== undefined && v !== null,
  )?.[0];
}

/**
 * Validates request tags with the ECS rules.
 *
 * @param input - The request's `tag` list, if any.
 * @returns The tags to store, or the ECS error.
 * @internal
 */
export function validateTags(
  input: readonly TagInput[] | undefined,
): Result<readonly Tag[], TagError> {
  if (input === undefined) return ok([]);
  if (!Array.isArray(input))
    return err(
      ecsError('InvalidTagKey.Malformed', 'The specified Tag must be a list of { Key, Value }.'),
    );
  if (input.length > MAX_TAGS)
    return err(
      ecsError(
        'InvalidTagCount',
        `The specified tags are beyond the permitted range: at most ${MAX_TAGS}.`,
      ),
    );
  const seen = new Set<string>();
  const tags: Tag[] = [];
  for (const [i, tag] of input.entries()) {
    const extra = unsupportedField(tag);
    if (extra !== undefined) {
      const name = `${extra.charAt(0).toUpperCase()}${extra.slice(1)}`;
      return err(
        ecsError(
          'UnsupportedParameter',
          `The parameter Tag.${i + 1}.${name} is not supported by fake-ecs; leave it unset.`,
        ),
      );
    }
    const key: unknown = tag?.key;
    const value: unknown = tag?.value ?? '';
    if (
      typeof key !== 'string' ||
      key.length === 0 ||
      key.length > 128 ||
      /^(aliyun|acs:)/i.test(key) ||
      URL_IN_TEXT.test(key)
    ) {
      return err(ecsError('InvalidTagKey.Malformed', `The specified Tag.${i + 1}.Key is invalid.`));
    }
    if (typeof value !== 'string' || value.length > 128 || URL_IN_TEXT.test(value)) {
      return err(
        ecsError('InvalidTagValue.Malformed', `The specified Tag.${i + 1}.Value is invalid.`),
      );
    }
    if (seen.has(key))
      return err(ecsError('Duplicate.TagKey', `The Tag.${i + 1}.Key "${key}" is a duplicate.`));
    seen.add(key);
    tags.push({ key, value });
  }
  return ok(tags);
}

/**
 * Tells whether an entity's tags match every tag of a filter (a filter tag without a value
 * matches any value).
 *
 * @param tags - The entity's tags.
 * @param filter - The filter tags.
 * @returns `true` when all filter tags are present.
 * @internal
 */
export function tagsMatch(tags: readonly Tag[], filter: readonly Tag[]): boolean {
  return filter.every((f) =>
    tags.some((t) => t.key === f.key && (f.value === '' || t.value === f.value)),
  );
}

/**
 * One tag as Describe operations return it.
 *
 * @example
 * ```ts
 * const tag: TagView = { tagKey: 'env', tagValue: 'test' };
 * ```
 * @category World
 */
export interface TagView {
  /** The key. */
  tagKey: string;
  /** The value. */
  tagValue: string;
}

/**
 * Tags as Describe operations return them: `{ tag: [{ tagKey, tagValue }] }`.
 *
 * @example
 * ```ts
 * const tags: TagsView = { tag: [{ tagKey: 'env', tagValue: 'test' }] };
 * ```
 * @category World
 */
export interface TagsView {
  /** The tags. */
  tag: TagView[];
}

/**
 * The SDK view of tags: `{ tag: [{ tagKey, tagValue }] }`.
 *
 * @param tags - The stored tags.
 * @returns The double-wrapped list.
 * @internal
 */
export function tagsView(tags: readonly Tag[]): TagsView {
  return { tag: tags.map((t) => ({ tagKey: t.key, tagValue: t.value })) };
}
