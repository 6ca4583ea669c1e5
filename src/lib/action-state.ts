// What every server action answers: never a raw error text, always the submitted values back.
// `T` is what a successful action tells its form (e.g. the saved version), typed per action.
export interface ActionState<T = Record<string, string>> {
  ok: boolean;
  /** A sentence for the whole form (success or failure), already translated. */
  message: string | null;
  /** Per-field messages, already translated. */
  fieldErrors: Record<string, string[]>;
  /** The submitted values, so the form can show what the user typed. */
  values: Record<string, string>;
  /** On success: what the action answers (e.g. the new version, a generated password shown once). */
  data?: T;
  /** On a refusal: facts about it for the form (e.g. the record it collides with, to offer a correction). */
  refusal?: Record<string, string>;
}

export const INITIAL_ACTION_STATE: ActionState<never> = { ok: false, message: null, fieldErrors: {}, values: {} };
