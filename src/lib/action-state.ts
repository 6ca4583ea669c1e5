// What every server action answers: never a raw error text, always the submitted values back.
export interface ActionState {
  ok: boolean;
  /** A sentence for the whole form (success or failure), already translated. */
  message: string | null;
  /** Per-field messages, already translated. */
  fieldErrors: Record<string, string[]>;
  /** The submitted values, so the form can show what the user typed. */
  values: Record<string, string>;
  /** Extra data for the caller: on success (e.g. a generated password shown once), or about a refusal (e.g. the record it collides with). */
  data?: Record<string, string>;
}

export const INITIAL_ACTION_STATE: ActionState = { ok: false, message: null, fieldErrors: {}, values: {} };
