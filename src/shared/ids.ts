import { fnv1a, mix32 } from './hash.js';

/**
 * The id prefixes real ECS uses: instance, disk, snapshot, automatic snapshot policy,
 * snapshot-consistent group, image, snapshot chain, VPC, vSwitch, router, route table, security
 * group, security group rule, network interface; and `vol-` for fake-ecs's own guest volumes.
 *
 * @example
 * ```ts
 * const prefix: IdPrefix = 'd-';
 * ```
 * @category World
 */
export type IdPrefix =
  | 'i-'
  | 'd-'
  | 's-'
  | 'sp-'
  | 'ssg-'
  | 'm-'
  | 'sl-'
  | 'vol-'
  | 'vpc-'
  | 'vsw-'
  | 'vrt-'
  | 'vtb-'
  | 'sg-'
  | 'sgr-'
  | 'eni-'
  | 'kp-'
  | 't-';

/**
 * The seeded id generator's position, kept in the state so an exported world continues exactly.
 *
 * @example
 * ```ts
 * const position: IdGeneratorState = { seed: 1, counter: 0 };
 * ```
 * @category World
 */
export interface IdGeneratorState {
  /** The 32-bit hash of the world's seed. */
  readonly seed: number;
  /** How many values have been drawn so far. */
  readonly counter: number;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_BODY_LENGTH = 20;

/** Region codes real ids start with (`d-bp1...` in cn-hangzhou, `d-uf6...` in cn-shanghai). */
const REGION_CODES: Readonly<Record<string, string>> = {
  'cn-hangzhou': 'bp',
  'cn-shanghai': 'uf',
  'cn-beijing': '2z',
  'cn-shenzhen': 'wz',
  'cn-qingdao': 'm5',
  'cn-hongkong': 'j6',
  'ap-southeast-1': 't4',
  'us-west-1': 'rj',
  'eu-central-1': 'gw',
};

/**
 * Hashes a world seed (number or string) to the 32-bit value the generator starts from.
 *
 * @param seed - The user's seed.
 * @returns A 32-bit seed.
 * @internal
 */
export function seedHash(seed: number | string): number {
  return fnv1a(`${typeof seed}:${String(seed)}`);
}

/**
 * Draws `size` characters of `alphabet` from the seeded byte stream at (`seed`, `counter`).
 *
 * This is nanoid's `customRandom` algorithm (nanoid 5), kept byte for byte so ids stay what they
 * were, with its byte source inlined: importing nanoid loaded `node:crypto` for its secure pool,
 * which every `import('fake-ecs')` paid for although a world never draws a secure id. Bytes with
 * no unbiased character (>= `cutoff`) are skipped; each batch of `step` bytes is read from its end,
 * and a further batch continues the stream instead of repeating it. The character codes are
 * collected and made into one flat string: `id += c` made a chain of `size` string pieces per id.
 */
function drawCodes(alphabet: string, size: number, seed: number, counter: number): number[] {
  const base = mix32(seed, counter);
  const powerOfTwo = (alphabet.length & (alphabet.length - 1)) === 0;
  const cutoff = powerOfTwo ? 256 : 256 - (256 % alphabet.length);
  const step = powerOfTwo ? size : Math.ceil((1.6 * 256 * size) / cutoff);
  const codes: number[] = [];
  for (let streamed = 0; ; streamed += step) {
    for (let i = step; i-- > 0; ) {
      const byte = mix32(base, streamed + i + 1) & 0xff;
      if (byte >= cutoff) continue;
      codes.push(alphabet.charCodeAt(byte % alphabet.length));
      if (codes.length >= size) return codes;
    }
  }
}

function draw(alphabet: string, size: number, seed: number, counter: number): string {
  return String.fromCharCode(...drawCodes(alphabet, size, seed, counter));
}

/** Where a UUID's dashes go, in its 32 hex digits. */
const UUID_DASHES = [20, 16, 12, 8];

/**
 * The random part (after prefix and region code) of the next `count` resource ids the generator
 * will hand out: a saved world whose generator was moved back would repeat ids that exist.
 *
 * @param position - The generator's position.
 * @param count - How many.
 * @returns Their random parts, 18 characters each.
 * @internal
 */
export function upcomingIdBodies(position: IdGeneratorState, count: number): string[] {
  const bodies: string[] = [];
  for (let i = 0; i < count; i++)
    bodies.push(draw(ID_ALPHABET, ID_BODY_LENGTH - 2, position.seed, position.counter + i));
  return bodies;
}

function regionCode(regionId: string): string {
  const known = REGION_CODES[regionId];
  if (known) return known;
  const h = fnv1a(regionId);
  return (ID_ALPHABET[(h % 26) + 10] ?? 'x') + (ID_ALPHABET[(h >>> 8) % 36] ?? '0');
}

/**
 * Draws resource ids and request ids from a seeded, counter-based stream: the value at a position
 * depends only on the seed and the position, so the same seed and calls give the same ids.
 *
 * @internal
 */
export class IdAllocator {
  /** The 32-bit seed. */
  readonly seed: number;
  /** The next position to draw. */
  counter: number;

  /** @param position - Where to continue from. */
  constructor(position: IdGeneratorState) {
    this.seed = position.seed;
    this.counter = position.counter;
  }

  /**
   * A resource id: prefix + 20 lowercase alphanumerics, starting with the region's code.
   *
   * @param prefix - The resource's prefix.
   * @param regionId - The region, whose code starts the id body.
   * @returns A new id, e.g. `d-bp1s5fnvk4gn2tws0abc`.
   */
  next(prefix: IdPrefix, regionId: string): string {
    const code = regionCode(regionId);
    const body = draw(ID_ALPHABET, ID_BODY_LENGTH - code.length, this.seed, this.counter++);
    return `${prefix}${code}${body}`;
  }

  /**
   * A request id: an uppercase UUID (8-4-4-4-12 hex digits).
   *
   * @returns A new request id.
   */
  requestId(): string {
    return this.requestIdAt(this.counter++);
  }

  /**
   * The request id at a position of the stream, without moving it: a call can take its position
   * at once and spell the id out only when something shows it.
   *
   * @param position - A position drawn before (`counter++`).
   * @returns The uppercase UUID at that position.
   */
  requestIdAt(position: number): string {
    const codes = drawCodes('0123456789ABCDEF', 32, this.seed ^ 0x5bd1e995, position);
    // One flat string: the audit trail keeps 10,000 request ids, and a template of slices is nine
    // pieces each.
    for (const at of UUID_DASHES) codes.splice(at, 0, 0x2d);
    return String.fromCharCode(...codes);
  }

  /**
   * The current position, to store back into the state.
   *
   * @returns The generator's state.
   */
  position(): IdGeneratorState {
    // Numbers only: frozen as made, committing it walks none of its fields.
    return Object.freeze({ seed: this.seed, counter: this.counter });
  }
}
