import { execSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PASSWORD, storageStateOf } from "./e2e/support/auth";

/** Debian's Chromium: Playwright cannot download its own browser here. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("which chromium || which chromium-browser", { encoding: "utf8" }).trim().split("\n")[0] || undefined;
  } catch {
    return undefined;
  }
}

const port = Number(process.env.E2E_PORT ?? 3107);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  // The real start path: `dyad serve` on a fresh embedded database in a temp folder (demo data included).
  webServer: {
    command: `node e2e/serve-fresh.mjs ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    // Specs upload hundreds of articles (the fuzz run among them) from one address; the limit itself is tested
    // on a server of its own (e2e/faults.spec.ts).
    // The demo editor gets a known password; sign-in limits are tested on a server of their own too.
    env: {
      DYAD_UPLOAD_LIMIT: process.env.DYAD_UPLOAD_LIMIT ?? "100000",
      DYAD_SIGNIN_LIMIT: "1000",
      DYAD_DEMO_PASSWORD: E2E_PASSWORD,
    },
  },
  // The setup signs the three roles in; specs run as the editor unless they open a context of another role.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", dependencies: ["setup"], use: { ...devices["Desktop Chrome"], storageState: storageStateOf("editor") } },
  ],
});
