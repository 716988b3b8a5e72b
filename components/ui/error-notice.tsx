import Link from "next/link";

/** A user-facing error with a way out. `message` must be safe to show (an AppError message, never a stack). */
export function ErrorNotice({ title, message, href, linkText }: { title: string; message: string; href?: string; linkText?: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {href && linkText ? <Link href={href}>{linkText}</Link> : null}
    </div>
  );
}
