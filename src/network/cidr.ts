/**
 * An IPv4 CIDR block: its first address as an unsigned 32-bit number and its prefix length.
 *
 * @internal
 */
export interface Cidr {
  readonly base: number;
  readonly prefix: number;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Reads a dotted IPv4 address.
 *
 * @param text - E.g. `172.16.0.1`.
 * @returns The address as an unsigned 32-bit number, or `undefined` when malformed.
 * @internal
 */
export function parseIp(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/**
 * Writes an address as dotted text.
 *
 * @param ip - The unsigned 32-bit address.
 * @returns E.g. `172.16.0.1`.
 * @internal
 */
export function formatIp(ip: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(ip / 2 ** shift) % 256).join('.');
}

/**
 * Reads a CIDR block whose address is the first of its block (`192.168.1.0/24`, not
 * `192.168.1.5/24`), as ECS requires.
 *
 * @param text - The block.
 * @param minPrefix - The shortest prefix allowed.
 * @param maxPrefix - The longest prefix allowed.
 * @returns The block, or `undefined` when malformed or out of range.
 * @internal
 */
export function parseCidr(text: string, minPrefix: number, maxPrefix: number): Cidr | undefined {
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const base = parseIp(match[1] ?? '');
  const prefix = Number(match[2]);
  if (base === undefined || prefix < minPrefix || prefix > maxPrefix) return undefined;
  return base % cidrSize({ base, prefix }) === 0 ? { base, prefix } : undefined;
}

/**
 * How many addresses a block holds.
 *
 * @param cidr - The block.
 * @returns `2^(32 - prefix)`.
 * @internal
 */
export function cidrSize(cidr: Cidr): number {
  return 2 ** (32 - cidr.prefix);
}

/**
 * Whether `inner` lies inside `outer`.
 *
 * @param outer - The enclosing block.
 * @param inner - The block tested.
 * @returns `true` when every address of `inner` is in `outer`.
 * @internal
 */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.base >= outer.base && inner.base + cidrSize(inner) <= outer.base + cidrSize(outer);
}

/**
 * Whether two blocks share an address.
 *
 * @param a - One block.
 * @param b - The other.
 * @returns `true` when they overlap.
 * @internal
 */
export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + cidrSize(b) && b.base < a.base + cidrSize(a);
}

/**
 * The addresses an instance can get: all but the first and the last three of the block, which
 * ECS reserves.
 *
 * @param cidr - The vSwitch's block.
 * @returns How many.
 * @internal
 */
export function usableAddresses(cidr: Cidr): number {
  return Math.max(0, cidrSize(cidr) - 4);
}
