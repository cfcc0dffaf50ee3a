import type { messages as english } from './locales/en.js';

type Widened<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** The shape every locale fills: English's keys, each a string or a function of the same placeholders. */
export type Messages = { readonly [K in keyof typeof english]: Widened<(typeof english)[K]> };
