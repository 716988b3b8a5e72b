/**
 * The Content-Security-Policy of every page (proxy.ts sets it, with a fresh nonce per request). Pure.
 *
 * Scripts run only when they carry the request's nonce, or when a script that did loads them ('strict-dynamic':
 * Next.js loads its chunks that way). No 'unsafe-inline' for scripts, so markup that slipped into a page could
 * not run even if React ever stopped escaping it. Style attributes are allowed ('unsafe-inline' in
 * style-src-attr): the charts (recharts) position their parts with them, and CSS cannot run script. Style
 * elements need the nonce, except in development, where the dev server injects its own.
 */

export interface CspOptions {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and the dev server injects style elements. */
  dev?: boolean;
}

export function buildContentSecurityPolicy({ nonce, dev = false }: CspOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Browsers without the -elem/-attr directives (older Safari) fall back to this one.
    "style-src": ["'self'", "'unsafe-inline'"],
    "style-src-elem": dev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "frame-src": ["'none'"],
    "worker-src": ["'self'", "blob:"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** 128 random bits, base64: unguessable, and never repeated across requests. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

