import type { Input, Operation } from '../operations/operation.js';
import { entityQuery } from '../shared/entity-query.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { pageNumberFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import { type TagInput, type TagsView, tagsView } from '../shared/tags.js';
import { wildcardMatcher } from '../shared/wildcard.js';
import { OWNERSHIP_FIELDS, ownershipFilter } from '../tags/ownership-filter.js';
import { requireRegion } from '../world/regions.js';
import type { KeyPair } from './types.js';

/**
 * `DescribeKeyPairs` parameters (the SDK's `DescribeKeyPairsRequest`).
 *
 * @example
 * ```ts
 * const request: DescribeKeyPairsRequest = { regionId: 'cn-hangzhou', keyPairName: 'deploy*' };
 * ```
 * @category Key pairs
 */
export interface DescribeKeyPairsRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The name; `*` matches any run of characters (fuzzy search). */
  keyPairName?: string | undefined;
  /** The fingerprint. */
  keyPairFingerPrint?: string | undefined;
  /** Return each key pair's public key. */
  includePublicKey?: boolean | undefined;
  /** The resource group. */
  resourceGroupId?: string | undefined;
  /** Tags the key pairs must have. */
  tag?: TagInput[] | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-50 (default 10). */
  pageSize?: number | undefined;
}

/**
 * One key pair as `DescribeKeyPairs` shows it.
 *
 * @example
 * ```ts
 * const view: KeyPairView = { keyPairName: 'deploy', keyPairFingerPrint: '89:f0:...', creationTime: '2026-01-01T00:00Z', resourceGroupId: 'rg-acfmdefault000000', publicKey: '', tags: { tag: [] } };
 * ```
 * @category Key pairs
 */
export interface KeyPairView {
  /** The name. */
  keyPairName: string;
  /** The fingerprint. */
  keyPairFingerPrint: string;
  /** When it was created, `yyyy-MM-ddTHH:mmZ`. */
  creationTime: string;
  /** The resource group. */
  resourceGroupId: string;
  /** The public key when `includePublicKey` is set, else empty. */
  publicKey: string;
  /** Tags. */
  tags: TagsView;
}

/**
 * `DescribeKeyPairs` response body.
 *
 * @example
 * ```ts
 * const body: DescribeKeyPairsResponseBody = { totalCount: 0, pageNumber: 1, pageSize: 10, keyPairs: { keyPair: [] } };
 * ```
 * @category Key pairs
 */
export interface DescribeKeyPairsResponseBody {
  /** How many match. */
  totalCount: number;
  /** The page number. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** The key pairs of this page. */
  keyPairs: {
    /** The key pairs. */
    keyPair: KeyPairView[];
  };
}

function keyPairView(keyPair: KeyPair, includePublicKey: boolean): KeyPairView {
  return {
    keyPairName: keyPair.keyPairName,
    keyPairFingerPrint: keyPair.keyPairFingerPrint,
    // The reference's examples give key pairs minute precision.
    creationTime: `${keyPair.creationTime.slice(0, 16)}Z`,
    resourceGroupId: keyPair.resourceGroupId,
    publicKey: includePublicKey ? keyPair.publicKey : '',
    tags: tagsView(keyPair.tags),
  };
}

const FIELDS = fieldsOf<DescribeKeyPairsRequest>()(() => ({
  regionId: text.required(),
  keyPairName: text,
  keyPairFingerPrint: text,
  includePublicKey: flag.default(false),
  ...OWNERSHIP_FIELDS,
  ...pageNumberFields(50),
}));

const read = fieldReader(FIELDS, withPaging(10));

type DescribeKeyPairsInput = Input<ReturnType<typeof read>>;

/**
 * `DescribeKeyPairs`: the key pairs of a region, filtered and paged.
 *
 * @internal
 */
export const describeKeyPairsOp: Operation<DescribeKeyPairsInput, DescribeKeyPairsResponseBody> = {
  action: 'DescribeKeyPairs',
  read,
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const owned = ownershipFilter(input);
    if (!owned.ok) return owned;
    const ownedBy = owned.value;
    const nameMatches =
      input.keyPairName === undefined ? undefined : wildcardMatcher(input.keyPairName);
    const { keyPairFingerPrint } = input;
    const page = entityQuery(state.keyPairs, {
      keys: [`region:${input.regionId}`],
      where: (k) =>
        (nameMatches === undefined || nameMatches(k.keyPairName)) &&
        (keyPairFingerPrint === undefined || k.keyPairFingerPrint === keyPairFingerPrint) &&
        (ownedBy === undefined || ownedBy(k)),
      skip: input.paging.skip,
      limit: input.paging.pageSize,
    });
    const { totalCount, pageNumber, pageSize } = pagingView(input.paging, page);
    return ok({
      state,
      response: {
        totalCount,
        pageNumber,
        pageSize,
        keyPairs: { keyPair: page.items.map((k) => keyPairView(k, input.includePublicKey)) },
      },
    });
  },
};
