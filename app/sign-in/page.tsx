import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { toLocalPath } from "@/lib/auth/roles";
import { getCurrentViewer } from "../actor";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).next;
  const next = toLocalPath(typeof raw === "string" ? raw : "/");
  if (await getCurrentViewer().catch(() => null)) redirect(next);
  return (
    <section className="narrow stack">
      <h1>Sign in</h1>
      <p>Dyad&apos;s record is kept by its editors. Ask an administrator for an account.</p>
      <SignInForm action={signInAction} next={next} />
    </section>
  );
}
