"use server";

/**
 * Sign-in and sign-out. The password check, the session and its cookie are better-auth's; we add the rate limit
 * (per client and email) and put the cookie better-auth made on our response.
 */
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { toCookieOptions, parseSetCookieHeader } from "better-auth/cookies";
import { getAuthFor } from "@/lib/auth/auth";
import { toLocalPath } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { clientAddress, toUserError } from "@/lib/http";
import { getSignInLimiter } from "@/lib/rate-limit";
import type { SignInState } from "@/components/auth/sign-in-state";
import { readText } from "../action-helpers";

async function applySetCookies(from: Headers): Promise<void> {
  const jar = await cookies();
  for (const [name, attributes] of parseSetCookieHeader(from.get("set-cookie") ?? "")) jar.set(name, attributes.value, toCookieOptions(attributes));
}

export async function signInAction(_state: SignInState, formData: FormData): Promise<SignInState> {
  const email = readText(formData, "email").trim().slice(0, 254);
  const password = readText(formData, "password").slice(0, 256);
  const next = toLocalPath(readText(formData, "next"));
  if (!email || !password) return { status: "invalid", message: "Enter your email and password.", email };
  const requestHeaders = await headers();
  try {
    await getSignInLimiter().consume(`${clientAddress(requestHeaders)}|${email.toLowerCase()}`);
    const auth = await getAuthFor(getDb());
    const result = await auth.api.signInEmail({
      body: { email, password, rememberMe: true },
      headers: new Headers({ "user-agent": requestHeaders.get("user-agent")?.slice(0, 300) ?? "" }),
      returnHeaders: true,
    });
    await applySetCookies(result.headers);
  } catch (error) {
    // Over the limit, or the database is down: the message says so.
    const known = toUserError(error);
    if (known) return { status: "invalid", message: known.message, email };
    // better-auth answers a wrong email or password (and a malformed email) with an APIError: one message for all,
    // so the form does not tell which accounts exist.
    if (error instanceof Error && error.name === "APIError") return { status: "invalid", message: "Wrong email or password.", email };
    throw error;
  }
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  try {
    const auth = await getAuthFor(getDb());
    const result = await auth.api.signOut({ headers: await headers(), returnHeaders: true });
    await applySetCookies(result.headers);
  } catch {
    // No session (already signed out), or the database is down: clearing the cookies below still signs this
    // browser out.
  }
  const jar = await cookies();
  for (const { name } of jar.getAll()) if (/^(__Secure-)?dyad\./.test(name)) jar.delete(name);
  redirect("/sign-in");
}
