// Password rules shared by the sign-in/administration forms and the server.

/** OWASP's argon2id parameters: 19 MiB memory, 2 iterations, 1 lane (algorithm 2 = argon2id). */
export const ARGON2_PARAMS = {
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
