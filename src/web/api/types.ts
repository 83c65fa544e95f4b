/**
 * Types derived from the generated schema (schema.d.ts): what an operation takes and answers. The web app writes no
 * response type by hand; a page names the operation (`Answer<"/cases/{id}">`) and gets the server's own contract.
 */
import type { paths } from "./schema.js";

export type { paths, components } from "./schema.js";

export type Method = "get" | "post" | "patch" | "put" | "delete";

/** The operation of a path and method (never when the path has no such method). */
export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;

/** The paths that have a given method. */
export type PathWith<M extends Method> = { [P in keyof paths]: [Operation<P, M>] extends [never] ? never : P }[keyof paths];

type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : undefined;

/** The JSON body of an operation's success answer (200, else 201; undefined for 204). */
export type Answer<P extends keyof paths, M extends Method = "get"> =
  Operation<P, M> extends { responses: infer R }
    ? 200 extends keyof R
      ? JsonOf<R[200]>
      : 201 extends keyof R
        ? JsonOf<R[201]>
        : undefined
    : never;

/** An operation's query parameters; a parameter set to null or "" is left out of the request. */
export type Query<P extends keyof paths, M extends Method = "get"> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? { [K in keyof NonNullable<Q>]?: NonNullable<Q>[K] | null } : never;

/** An operation's path parameters (`{ id: number }` for /cases/{id}). */
export type PathParams<P extends keyof paths, M extends Method = "get"> =
  Operation<P, M> extends { parameters: { path: infer X } } ? X : never;

/** The JSON body an operation takes. */
export type Body<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;

/** One element of an array type (`Item<Answer<"/cases">["items"]>`). */
export type Item<A> = A extends readonly (infer T)[] ? T : never;
