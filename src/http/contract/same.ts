/** True when A and B are the same type: a zod schema of the contract checked against the domain type it publishes. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
