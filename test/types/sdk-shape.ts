/**
 * The data fields of an official SDK model, recursively: without its methods (`toMap`,
 * `validate`, ...) and without the `[key: string]: any` index signature every Tea model has.
 * fake-ecs response bodies must be assignable to it.
 */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};

// biome-ignore lint/suspicious/noExplicitAny: matching any function signature of the SDK models
type AnyFunction = (...args: any[]) => unknown;

export type SdkData<T> = T extends readonly (infer U)[]
  ? SdkData<U>[]
  : T extends object
    ? {
        [K in KnownKeys<T> as NonNullable<T[K]> extends AnyFunction ? never : K]?: SdkData<
          NonNullable<T[K]>
        >;
      }
    : T;
