/// <reference lib="dom" />
// A fresh headless Chromium (the Debian package) for the console suite, and small waits.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Where the suite's screenshots go (git-ignored). */
export const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;

const { CHROMIUM } = process.env;
/** The Chromium to drive: `CHROMIUM` or the Debian package's. */
const EXECUTABLE = CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with a fresh profile and a 1280x800 page; `close` removes the profile. */
export async function aBrowser(): Promise<{ page: Page; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'fake-ecs-chromium-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (problems.length > 0) throw new Error(`The console threw: ${problems.join('; ')}`);
    },
  };
}

/** The text of the first element matching `selector`, once it is there. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const locator = page.locator(selector).first();
  await locator.waitFor();
  return (await locator.textContent())?.trim() ?? '';
}

/** Waits until `selector`'s text matches. */
export async function untilText(page: Page, selector: string, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([s, source, flags]) =>
      new RegExp(source, flags).test(document.querySelector(s)?.textContent ?? ''),
    [selector, pattern.source, pattern.flags] as const,
  );
  return textOf(page, selector);
}
