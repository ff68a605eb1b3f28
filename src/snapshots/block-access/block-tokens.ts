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
  // The holder last found for each version, as a depth. A version is made by one write, and the
  // lineage passes it down unchanged, so every ancestor between the snapshot and the holder holds
  // it at every index the snapshot holds it at: one check of the holder and of its parent proves
  // the cached answer for another index of the same run, without walking every level again.
  readonly #holderDepth = new Map<BlockVersion, number>();

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
    const cached = this.#holderDepth.get(version);
    if (cached !== undefined) {
      const holder = this.#ancestor(cached);
      const parent = this.#ancestor(cached + 1);
      if (holder?.content.get(index) === version && parent?.content.get(index) !== version)
        return holder;
    }
    const found = this.#walkToHolder(index, version);
    this.#holderDepth.set(version, found.depth);
    return found.holder;
  }

  #walkToHolder(index: number, version: BlockVersion): { holder: LineageNode; depth: number } {
    let depth = 0;
    let holder: LineageNode = this.#snapshot;
    for (;;) {
      const parent = this.#ancestor(depth + 1);
      if (!parent || parent.content.get(index) !== version) return { holder, depth };
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
