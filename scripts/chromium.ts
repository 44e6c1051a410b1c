import fs from 'fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The Chromium the browser tests drive: `PIPELINT_CHROMIUM`, else Debian's (npm cannot download
 * browsers on these machines), else the binary the `@sparticuz/chromium` dev dependency ships, so
 * a machine with Node alone runs the browser tests too.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.PIPELINT_CHROMIUM) return process.env.PIPELINT_CHROMIUM;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  // Unpacked into the temp folder on first use; a second of work, once per machine boot.
  const shipped = (await import('@sparticuz/chromium')).default;
  return shipped.executablePath();
}

/** Headless, and quiet on a closed network: no background requests, updates or sync. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: set PIPELINT_CHROMIUM to a Chromium binary`);
  }
  return chromium.launch({ executablePath, args: FLAGS });
}
