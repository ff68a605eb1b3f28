import { describe, expect, it } from 'vitest';
import { isValidDescription, isValidName } from '../../src/shared/names.js';

describe('isValidName', () => {
  describe('when the name follows the ECS rule', () => {
    it.each([
      'ab',
      'web-01',
      'db_primary.v2',
      'a:b,c',
      'Web server',
      '数据盘',
      `a${'b'.repeat(127)}`,
    ])('accepts %j', (name) => {
      expect(isValidName(name)).toBe(true);
    });
  });

  describe('when the name breaks it', () => {
    it.each([
      '',
      'a',
      '1web',
      '-web',
      '_web',
      'web/01',
      'web@01',
      'http://x',
      'https://example',
      `a${'b'.repeat(128)}`,
    ])('refuses %j', (name) => {
      expect(isValidName(name)).toBe(false);
    });
  });
});

describe('isValidDescription', () => {
  describe('when the description follows the ECS rule', () => {
    it.each([
      'ok',
      'A longer description: with / symbols!',
      'x'.repeat(256),
      'see http://example.com',
    ])('accepts %j', (text) => {
      expect(isValidDescription(text)).toBe(true);
    });
  });

  describe('when it breaks it', () => {
    it.each(['', 'x', 'x'.repeat(257), 'http://example.com', 'HTTPS://example.com'])(
      'refuses %j',
      (text) => {
        expect(isValidDescription(text)).toBe(false);
      },
    );
  });
});
