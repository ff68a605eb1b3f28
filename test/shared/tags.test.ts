import { describe, expect, it } from 'vitest';
import type { TagInput } from '../../src/index.js';
import { tagsMatch, tagsView, validateTags } from '../../src/shared/tags.js';

describe('validateTags', () => {
  describe('when tags are valid', () => {
    it('returns them with an empty value where none was given', () => {
      expect(validateTags([{ key: 'env', value: 'prod' }, { key: 'owner' }]).value).toEqual([
        { key: 'env', value: 'prod' },
        { key: 'owner', value: '' },
      ]);
    });

    it('accepts no tags, 20 tags, and 128-character keys and values', () => {
      expect(validateTags(undefined).value).toEqual([]);
      const twenty = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
      expect(validateTags(twenty).value).toHaveLength(20);
      expect(validateTags([{ key: 'k'.repeat(128), value: 'v'.repeat(128) }]).ok).toBe(true);
    });
  });

  describe('when a tag is invalid', () => {
    it.each<[string, TagInput[], string, string]>([
      ['a missing key', [{ value: 'x' }], 'InvalidTagKey.Malformed', 'Tag.1.Key'],
      ['an empty key', [{ key: 'a' }, { key: '' }], 'InvalidTagKey.Malformed', 'Tag.2.Key'],
      ['a 129-character key', [{ key: 'k'.repeat(129) }], 'InvalidTagKey.Malformed', 'Tag.1.Key'],
      ['a key starting with aliyun', [{ key: 'Aliyun-x' }], 'InvalidTagKey.Malformed', 'Tag.1.Key'],
      ['a key starting with acs:', [{ key: 'acs:x' }], 'InvalidTagKey.Malformed', 'Tag.1.Key'],
      [
        'a key containing https://',
        [{ key: 'see https://x' }],
        'InvalidTagKey.Malformed',
        'Tag.1.Key',
      ],
      [
        'a 129-character value',
        [{ key: 'k', value: 'v'.repeat(129) }],
        'InvalidTagValue.Malformed',
        'Tag.1.Value',
      ],
      [
        'a value containing http://',
        [{ key: 'k', value: 'http://x' }],
        'InvalidTagValue.Malformed',
        'Tag.1.Value',
      ],
      [
        'a duplicate key',
        [{ key: 'a' }, { key: 'b' }, { key: 'a' }],
        'Duplicate.TagKey',
        'Tag.3.Key',
      ],
    ])('refuses %s, naming the tag', (_what, input, code, name) => {
      const error = validateTags(input).error;
      expect(error?.code).toBe(code);
      expect(error?.description).toContain(name);
    });

    it('refuses 21 tags with InvalidTagCount', () => {
      const input = Array.from({ length: 21 }, (_, i) => ({ key: `k${i}` }));
      expect(validateTags(input).error?.code).toBe('InvalidTagCount');
    });

    it('refuses a tag list that is not a list', () => {
      expect(validateTags({ key: 'a' } as unknown as TagInput[]).error?.code).toBe(
        'InvalidTagKey.Malformed',
      );
    });

    it('refuses a field other than key and value', () => {
      const error = validateTags([{ key: 'a', resourceType: 'instance' } as TagInput]).error;
      expect(error?.code).toBe('UnsupportedParameter');
      expect(error?.description).toContain('Tag.1.ResourceType');
    });
  });
});

describe('tagsMatch', () => {
  const tags = [
    { key: 'env', value: 'prod' },
    { key: 'team', value: '' },
  ];

  it('matches when every filter tag is present with its value', () => {
    expect(tagsMatch(tags, [{ key: 'env', value: 'prod' }])).toBe(true);
    expect(tagsMatch(tags, [{ key: 'env', value: 'test' }])).toBe(false);
    expect(
      tagsMatch(tags, [
        { key: 'env', value: 'prod' },
        { key: 'app', value: '' },
      ]),
    ).toBe(false);
  });

  it('matches any value when the filter gives none, and everything for no filter', () => {
    expect(tagsMatch(tags, [{ key: 'env', value: '' }])).toBe(true);
    expect(tagsMatch([], [])).toBe(true);
  });
});

describe('tagsView', () => {
  it('renders the SDK double-wrapped list', () => {
    expect(tagsView([{ key: 'a', value: 'b' }])).toEqual({ tag: [{ tagKey: 'a', tagValue: 'b' }] });
  });
});
