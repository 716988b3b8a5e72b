import type { ButtonHTMLAttributes } from "react";

/** A form's submit button: disabled, with a spinner, while its action runs. */
export function SubmitButton({ pending, disabled, className = "button", children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean }) {
  return (
    <button type="submit" className={className} disabled={pending || disabled} {...rest}>
      {pending && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
