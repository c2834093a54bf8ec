// Renders the app icons in static/icons/ from static/favicon.svg with Debian's chromium (the browser
// the tests use), so the PNGs can be remade whenever the SVG changes: `node scripts/icons.mjs`.
// The maskable icon keeps the artwork inside the central 80 % "safe zone" that launchers may crop to
// (https://www.w3.org/TR/appmanifest/#icon-masks), on a full-bleed background of the same blue.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(join(root, 'static', 'favicon.svg'), 'utf8');
const out = join(root, 'static', 'icons');
const BLUE = '#0b5cad';
const MASKABLE_SCALE = 0.7;

/** @type {{ file: string, size: number, maskable: boolean }[]} */
const ICONS = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	{ file: 'icon-maskable-512.png', size: 512, maskable: true }
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu']
});
try {
	for (const { file, size, maskable } of ICONS) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const inner = maskable ? Math.round(size * MASKABLE_SCALE) : size;
		const background = maskable ? BLUE : 'transparent';
		const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
		await page.setContent(
			`<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">` +
				`<img src="${src}" width="${inner}" height="${inner}"></body>`
		);
		await page.locator('img').evaluate(async (img) => {
			if (img instanceof HTMLImageElement) await img.decode();
		});
		await page.screenshot({ path: join(out, file), omitBackground: !maskable });
		await page.close();
		console.log(`static/icons/${file} (${size}×${size})`);
	}
} finally {
	await browser.close();
}
