/**
 * Renders assets/icon.svg to the PNG sizes the Office manifest asks for, with the system Chromium.
 * Run by hand (`npx tsx scripts/make-icons.ts`) after changing the SVG; the PNGs are committed.
 */
import fs from 'fs';
import path from 'path';
import { launchChromium } from './chromium';

const ASSETS = path.join(__dirname, '..', 'assets');
const SIZES = [16, 32, 64, 80];

async function main() {
  const svg = fs.readFileSync(path.join(ASSETS, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      await page.screenshot({ path: path.join(ASSETS, `icon-${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
