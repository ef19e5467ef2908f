import type { zhCN } from './zh-CN.js';

/** Turns the literal-typed zh-CN texts into a shape of plain strings, with plural variants allowed. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> } & Record<string, unknown>;

/** The message tree every language provides (zh-CN's keys; `_one` / `_other` plural variants may be added). */
export type Messages = Shape<typeof zhCN>;
