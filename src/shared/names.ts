/**
 * The ECS naming rule shared by instance, disk and snapshot names: 2-128 characters, starting
 * with a letter (any script), then letters, digits, `.`, `_`, `:`, `,` or `-`; not starting with
 * `http://` or `https://`.
 *
 * @param name - The proposed name.
 * @returns `true` when ECS would accept it.
 * @internal
 */
export function isValidName(name: string): boolean {
  return /^\p{L}[\p{L}\p{N}._:,\- ]{1,127}$/u.test(name) && !/^https?:\/\//i.test(name);
}

/**
 * The ECS rule for descriptions: 2-256 characters, not starting with `http://` or `https://`.
 *
 * @param text - The proposed description.
 * @returns `true` when ECS would accept it.
 * @internal
 */
export function isValidDescription(text: string): boolean {
  return text.length >= 2 && text.length <= 256 && !/^https?:\/\//i.test(text);
}
