import type { BlockVersion } from '../../blocks/index.js';
import { sha256 } from '../../shared/sha256.js';
import type { EcsState } from '../../state/ecs-state.js';
import { type LineageNode, lineageNode } from '../lineage-ghosts.js';
import type { Snapshot } from '../types.js';

// A block token names one block version at one block index, deterministically and without any
// state of its own. Every write makes new version objects, and the live snapshots holding one
// (index, version) pair form a connected stretch of the disk's lineage tree (see ../lineage.ts),
// so the pair has one oldest live holder: the first snapshot that captured it and is still
// there. The token is a digest of that holder's id and the index. Two snapshots of one lineage
// holding the same version at an index therefore hand out the same token, and a rewritten block
// gets a new one. Deleting the oldest holder moves the name to the next holder: tokens issued
// before that no longer match, as EBS tokens expire.

const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/**
 * Hands out the block tokens of one snapshot. It caches the snapshot's lineage ancestors, so a
 * page of tokens costs one ancestor lookup per lineage level, not one per block.
 *
 * @internal
 */
export class BlockTokens {
  readonly #state: EcsState;
  readonly #snapshot: Snapshot;
  // Ghosts (hidden lineage nodes) count as ancestors: a version two branches share keeps one token.
  readonly #ancestors: LineageNode[];
  #complete = false;

  /**
   * @param state - The state.
   * @param snapshot - A live snapshot (its lineage parents are live too).
   */
  constructor(state: EcsState, snapshot: Snapshot) {
    this.#state = state;
    this.#snapshot = snapshot;
    this.#ancestors = [snapshot];
  }

  /** The `depth`-th ancestor (0 = the snapshot itself), loaded on first use. */
  #ancestor(depth: number): LineageNode | undefined {
    while (!this.#complete && this.#ancestors.length <= depth) {
      const last = this.#ancestors[this.#ancestors.length - 1];
      const parent = lineageNode(this.#state, last?.lineageParentId ?? null);
      if (parent) this.#ancestors.push(parent);
      else this.#complete = true;
    }
    return this.#ancestors[depth];
  }

  /**
   * The oldest live snapshot of the lineage that holds `version` at `index`.
   *
   * @param index - The block index.
   * @param version - The version the snapshot holds there.
   * @returns The holder whose id names the version.
   */
  holderOf(index: number, version: BlockVersion): LineageNode {
    let depth = 0;
    let holder: LineageNode = this.#snapshot;
    for (;;) {
      const parent = this.#ancestor(depth + 1);
      if (!parent || parent.content.get(index) !== version) return holder;
      holder = parent;
      depth++;
    }
  }

  /**
   * The token of the block the snapshot holds at `index`.
   *
   * @param index - The block index.
   * @param version - The version the snapshot holds there.
   * @returns An opaque, URL-safe token of 43 characters.
   */
  tokenOf(index: number, version: BlockVersion): string {
    return blockToken(this.holderOf(index, version).snapshotId, index);
  }
}

/**
 * The token naming the version first held by `holderId` at `index`.
 *
 * @param holderId - The oldest live snapshot holding the version.
 * @param index - The block index.
 * @returns An opaque, URL-safe token.
 * @internal
 */
export function blockToken(holderId: string, index: number): string {
  return toBase64Url(sha256(encoder.encode(`fake-ecs block ${holderId} ${index}`)));
}
