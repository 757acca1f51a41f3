// The base of every error that carries a stable code: the code is part of the contract, the message is for people.

export abstract class CodedError<Code extends string = string> extends Error {
  /** Each subclass names itself, so `error.name` survives minification. */
  abstract override readonly name: string;

  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}

/** A thrown value as one line for a log or a reason; never a stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  try {
    return String(error);
  } catch {
    return "an unprintable value";
  }
}
