export type SignInState = { status: "idle" } | { status: "invalid"; message: string; email: string };
export const INITIAL_SIGN_IN_STATE: SignInState = { status: "idle" };
