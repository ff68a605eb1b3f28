// The run-time shape of a state type, as `npm run schema` derives it from the TypeScript
// declarations (src/saved/state-schema.ts): what a saved world's values are checked against.

/**
 * A shape: a primitive (`string`, `number`: finite, `boolean`, `null`, `undefined`, `unknown`),
 * `time` (a `Timestamp`), `bytes` (a `Uint8Array`), a string literal
 * (`=` and its text), a number or boolean literal (`~` and its JSON), a named kind (`#Disk`), a union (an array of shapes), a list, a record by
 * string key, an object's fields, or a persistent container of values of one shape (`table`:
 * an entity table, `hash`: a hash table, `heap`: the task heap, `blocks`: a block map of
 * block versions).
 *
 * @internal
 */
export type Shape =
  | string
  | readonly Shape[]
  | { readonly list: Shape }
  | { readonly record: Shape }
  | { readonly fields: Readonly<Record<string, Shape>> }
  | { readonly table: Shape }
  | { readonly hash: Shape }
  | { readonly heap: Shape }
  | { readonly blocks: Shape };
