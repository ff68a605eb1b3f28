export {
  type BlockVersion,
  type BytesBlockVersion,
  bytesBlockVersion,
  type FillBlockVersion,
  fillBlockVersion,
  type OverlayBlockVersion,
} from './block-content.js';
export { BlockMap } from './block-map.js';
export { BlockMapBatch } from './block-map-batch.js';
export type { BlockMapChange, BlockMapJson } from './block-map-types.js';
export { blocksHolding, countNewerBlocks, visitChangedRuns } from './block-runs.js';
export {
  type BlockDataWrite,
  type BlockFillWrite,
  type BlockWrite,
  readFromBlocks,
  writeToBlocks,
} from './disk-io.js';
export { fillPattern, fillSeedOf } from './fill-pattern.js';
