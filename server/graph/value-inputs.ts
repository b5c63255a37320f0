import { z } from "zod";
import { Id, IsoDate, Text } from "./scalars.ts";
import { NODE_CORE_KEYS } from "./stored-values.ts";

export const SourceInput = z.strictObject({ document: Id, section: Text(500) });
export type SourceInput = z.infer<typeof SourceInput>;

export const PropInput = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z][A-Za-z0-9]{0,63}$/, "must be a camelCase name")
      .refine((name) => !NODE_CORE_KEYS.has(name), { error: (issue) => `"${String(issue.input)}" is a field of its own, not an extra property` }),
    text: Text(5000).nullish(),
    number: z.number().nullish(),
    flag: z.boolean().nullish(),
    date: IsoDate.nullish(),
  })
  .refine((prop) => [prop.text, prop.number, prop.flag, prop.date].filter((value) => value !== null && value !== undefined).length <= 1, {
    error: "give at most one of text, number, flag, date",
  });
export type PropInput = z.infer<typeof PropInput>;

