import { defineConfig } from "prisma/config";

// The URL is only read by CLI commands that connect (migrate deploy on a machine that can run it).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/dyad" },
});
