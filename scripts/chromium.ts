import fs from 'fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: npm cannot download browsers on these machines. */
export const CHROMIUM = process.env.PIPELINT_CHROMIUM ?? '/usr/bin/chromium';

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
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set PIPELINT_CHROMIUM`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
