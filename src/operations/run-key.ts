/**
 * The `runKey` of a simulation write whose target is one field of its request (`diskId`,
 * `volumeId`): the field's value when it is a string.
 *
 * @param field - The request field naming the target.
 * @returns The run key reader.
 * @internal
 */
export function runKeyField(field: string): (request: unknown) => string | undefined {
  return (request) => {
    const value =
      typeof request === 'object' && request !== null
        ? (request as Record<string, unknown>)[field]
        : undefined;
    return typeof value === 'string' ? value : undefined;
  };
}
