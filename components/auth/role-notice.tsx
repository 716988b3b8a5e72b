import Link from "next/link";

/** Why a page is closed to a signed-in user: who they are, their role, the role the page needs. */
export function RoleNotice({ email, role, need }: { email: string | null; role: string | null; need: "editor" | "admin" }) {
  return (
    <section className="forbidden stack">
      <h1>Not available to your role</h1>
      <p>
        {email && role ? (
          <>
            You are signed in as {email} with the role <strong>{role}</strong>.{" "}
          </>
        ) : null}
        This page needs the role <strong>{need}</strong>; an administrator can change your role.
      </p>
      <p>
        <Link href="/">Back to the timeline</Link>
      </p>
    </section>
  );
}
