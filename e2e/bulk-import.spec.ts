import { expect, test } from "@playwright/test";

// Two short reports written for this test, and a file that claims to be a PDF but is not one.
const files = [
  {
    name: "vostochny-summit.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(
      "Putin and Kim meet at the cosmodrome\n\nRussian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on September 13, 2023. The two leaders toured the launch site before their talks.",
    ),
  },
  {
    name: "shoigu-parade.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(
      "# Shoigu at the parade\n\nRussian Defence Minister Sergei Shoigu met Kim Jong Un in Pyongyang on July 26, 2023, the eve of the military parade.",
    ),
  },
  { name: "scanned-notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nthis is not really a PDF document\n") },
];

test("several files become a background import whose progress names each failure", async ({ page }) => {
  await page.goto("/upload");
  await page.getByLabel("Files to import").setInputFiles(files);
  await page.getByLabel("Documents published on").fill("2023-09-14");
  await page.getByRole("button", { name: "Start import" }).click();

  await expect(page).toHaveURL(/[?&]batch=\d+/);
  const progress = page.getByRole("progressbar", { name: /Import \d+ progress/ });
  await expect(progress).toHaveAttribute("aria-valuetext", "3 of 3 processed", { timeout: 60_000 });
  const status = page.getByRole("status").filter({ hasText: "3 of 3 processed" });
  await expect(status).toContainText("Finished");
  await expect(status).toContainText("2 stored, 1 failed");
  const failure = page.getByRole("listitem").filter({ hasText: "scanned-notes.pdf" });
  await expect(failure).toContainText("could not be read as a PDF");

  await expect(page.getByText("2 added, 0 new versions, 0 already in Dyad.")).toBeVisible();

  // The batch is listed with the others.
  const recent = page.getByRole("table", { name: "Recent imports" });
  await expect(recent.getByRole("row").nth(1)).toContainText("vostochny-summit.txt");
  await expect(recent.getByRole("row").nth(1)).toContainText("finished");
});

test("documents without a publication date are refused before anything is queued", async ({ page }) => {
  await page.goto("/upload");
  await page.getByLabel("Files to import").setInputFiles(files.slice(0, 2));
  await page.getByRole("button", { name: "Start import" }).click();
  const date = page.getByLabel("Documents published on");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#import-publishedAt-error")).toContainText("Publication date is required for documents");
});
