import { z } from "zod";
import { hasControlCharacters, normaliseText } from "../text";

// Every text field of every form and action goes through these, so text is normalised once, here
// (see src/lib/text.ts), and a control character is refused with a field message, never stored.
// Messages are catalogue keys; the action wrapper translates them.

interface TextOptions {
  /** Catalogue key shown when the field is blank (after normalisation); without it blank is allowed. */
  required?: string;
  /** A single line (a title, a name): a line break is refused. */
  singleLine?: boolean;
  /** Catalogue key shown when it is longer than allowed. */
  tooLong?: string;
}

/** A normalised text of at most `max` characters. */
export function textField(max: number, options: TextOptions = {}) {
  let schema = z
    .string({ error: options.required ?? "validation.invalid" })
    .refine((value) => !hasControlCharacters(value), { message: "validation.controlCharacters", abort: true })
    .overwrite(normaliseText);
  if (options.singleLine)
    schema = schema.refine((value) => !value.includes("\n"), { message: "validation.singleLine", abort: true });
  if (options.required) schema = schema.refine((value) => value.length > 0, { message: options.required, abort: true });
  return schema.refine((value) => value.length <= max, { message: options.tooLong ?? "validation.tooLong" });
}

/** An optional text: missing is "". */
export const optionalText = (max: number, options: Omit<TextOptions, "required"> = {}) =>
  textField(max, options).default("");
