// Renders docs/images/icon.svg to docs/images/icon.png (128x128, transparent corners) with headless Chromium:
// `npm run icon` after editing the SVG; both files are committed. Needs Debian's chromium (or E2E_CHROMIUM).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('docs/images/icon.svg');
const browser = await chromium.launch({ executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0"><img src="data:image/svg+xml;base64,${svg.toString('base64')}" width="128" height="128"></body>`);
  await page.locator('img').screenshot({ path: 'docs/images/icon.png', omitBackground: true });
} finally {
  await browser.close();
}
