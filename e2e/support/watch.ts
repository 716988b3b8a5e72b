/**
 * Watches a page for any sign that hostile content ran or was turned into markup: a dialog (every payload calls
 * alert), the window flag the payloads set, elements carrying inline handlers, and Content-Security-Policy
 * reports in the console. A CSP report means markup got into the page and only the policy stopped it: that
 * counts as a hole too.
 */
import { expect, type Page } from "@playwright/test";

export const XSS_FLAG = "__dyadXss";

export interface ScriptWatch {
  dialogs: string[];
  cspViolations: string[];
  /** Asserts that nothing ran and no live markup came from data on the page as it is now. */
  expectClean(label: string): Promise<void>;
}

const INJECTED = "[onerror],[onload],[onclick],[onmouseover],[onfocus],iframe[srcdoc],a[href^='javascript:' i],object,embed,base";

export function watchForScripts(page: Page): ScriptWatch {
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) cspViolations.push(message.text());
  });
  return {
    dialogs,
    cspViolations,
    async expectClean(label) {
      // Event handlers of failed images fire after load; give them the chance.
      await page.waitForLoadState("load");
      await page.waitForTimeout(150);
      const state = await page.evaluate(
        ({ flag, injected }) => ({
          flag: (window as unknown as Record<string, unknown>)[flag] ?? null,
          injected: [...document.querySelectorAll(injected)].map((e) => e.outerHTML.slice(0, 120)),
          scriptsWithoutNonce: [...document.querySelectorAll("script")].filter((s) => !s.src && !s.nonce && !s.getAttribute("nonce") && s.type !== "application/json").map((s) => s.outerHTML.slice(0, 120)),
        }),
        { flag: XSS_FLAG, injected: INJECTED },
      );
      expect({ label, ...state, dialogs, cspViolations }).toEqual({ label, flag: null, injected: [], scriptsWithoutNonce: [], dialogs: [], cspViolations: [] });
    },
  };
}
