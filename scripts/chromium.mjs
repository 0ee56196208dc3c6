// Debian's Chromium (never a downloaded browser), headless, for the page tests and the
// benchmarks. The flags keep it from reaching for the network this machine does not have.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * A browser context with a fresh profile (removed by close()). `name` prefixes the profile
 * directory; `options` go to playwright's launchPersistentContext (viewport, ...).
 */
export async function launchChromium(name, options = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), `${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, chromiumSandbox: false, args: CHROMIUM_ARGS, ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
