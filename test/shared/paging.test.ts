import { describe, expect, it } from 'vitest';
import {
  encodeNextToken,
  type PagingLimits,
  pagingView,
  readPaging,
} from '../../src/shared/paging.js';
import { readParams } from '../../src/shared/params.js';

const LIMITS: PagingLimits = {
  maxPageSize: 100,
  maxResults: { min: 1, max: 100 },
  defaultSize: 10,
};

function paging(request: Record<string, unknown>, limits: PagingLimits = LIMITS) {
  return readParams(request, (p) => readPaging(p, limits));
}

describe('readPaging', () => {
  describe('when no paging field is given', () => {
    it('serves the first page of the default size', () => {
      expect(paging({}).value).toEqual({
        pageNumber: 1,
        pageSize: 10,
        skip: 0,
        afterSeq: undefined,
        tokenMode: false,
      });
    });
  });

  describe('when paging by page number', () => {
    it('skips the earlier pages', () => {
      expect(paging({ pageNumber: 3, pageSize: 20 }).value).toMatchObject({
        pageNumber: 3,
        pageSize: 20,
        skip: 40,
        tokenMode: false,
      });
    });

    it('refuses a page number below 1 and a page size beyond the limit', () => {
      expect(paging({ pageNumber: 0 }).error?.code).toBe('InvalidParameter');
      expect(paging({ pageSize: 101 }).error?.code).toBe('InvalidParameter');
    });
  });

  describe('when paging by token', () => {
    it('switches to token mode on maxResults, ignoring page numbers', () => {
      expect(paging({ maxResults: 5, pageNumber: 4 }).value).toMatchObject({
        pageNumber: 1,
        pageSize: 5,
        skip: 0,
        tokenMode: true,
      });
    });

    it('continues after the position a token encodes', () => {
      const token = encodeNextToken(1234);
      expect(paging({ nextToken: token }).value).toMatchObject({
        afterSeq: 1234,
        tokenMode: true,
        pageSize: 10,
      });
    });

    it('treats an empty token as no token', () => {
      expect(paging({ nextToken: '' }).value).toMatchObject({
        tokenMode: false,
        afterSeq: undefined,
      });
    });

    it.each(['garbage', 'fe', 'fe-12', 'FE0000000A', 'xx00000001'])(
      'refuses the token %j with InvalidParameter',
      (nextToken) => {
        const error = paging({ nextToken }).error;
        expect(error?.code).toBe('InvalidParameter');
        expect(error?.description).toContain('NextToken');
      },
    );

    it('refuses maxResults outside its range', () => {
      expect(paging({ maxResults: 0 }).error?.code).toBe('InvalidParameter');
      expect(paging({ maxResults: 101 }).error?.code).toBe('InvalidParameter');
    });
  });

  describe('when the operation has no token paging', () => {
    it('reports maxResults and nextToken as unsupported', () => {
      const limits = { ...LIMITS, tokens: false };
      expect(paging({ maxResults: 5 }, limits).error?.code).toBe('UnsupportedParameter');
      expect(paging({ nextToken: encodeNextToken(1) }, limits).error?.code).toBe(
        'UnsupportedParameter',
      );
    });
  });
});

describe('encodeNextToken', () => {
  it('makes distinct opaque tokens that read back to their position', () => {
    const tokens = [0, 1, 35, 36, 99_999, 2 ** 40].map(encodeNextToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens.map((nextToken) => paging({ nextToken }).value?.afterSeq)).toEqual([
      0,
      1,
      35,
      36,
      99_999,
      2 ** 40,
    ]);
  });
});

describe('pagingView', () => {
  const request = { pageNumber: 2, pageSize: 3, skip: 3, afterSeq: undefined, tokenMode: false };

  it('gives a next token only when more items follow', () => {
    const more = pagingView(request, { items: [], totalCount: 9, lastSeq: 6, hasMore: true });
    expect(more).toEqual({
      totalCount: 9,
      pageNumber: 2,
      pageSize: 3,
      nextToken: encodeNextToken(6),
    });
    expect(
      pagingView(request, { items: [], totalCount: 6, lastSeq: 6, hasMore: false }).nextToken,
    ).toBe('');
  });
});
