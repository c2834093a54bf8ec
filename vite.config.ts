import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { content } from './scripts/content-plugin.js';
import { hostedCsp, singleFilePage } from './scripts/vite-plugins.js';

/** The module id of an entry's page chunk, before its code (scripts/content-plugin.ts). */
const ENTRY_CHUNK = '\0virtual:content/entry/';

/** The offline copy written beside the hosted app by `vite build --mode single`. */
const SINGLE_FILE = 'troubleshooter.html';

// Colours of the light theme in src/app.css (--accent, --bg).
const THEME_COLOR = '#0b5cad';
const BACKGROUND_COLOR = '#ffffff';

// `npm run build` runs two builds into dist/ (the two plugins must never share one):
//  1. the hosted app: index.html + hashed assets/, a Workbox service worker that precaches it, the
//     web app manifest and icons from static/;
//  2. `--mode single`: the same app as one self-contained troubleshooter.html, no service worker.
// base './': every URL is relative, so dist/ works from any folder of any static host.
export default defineConfig(({ mode }) => {
	const single = mode === 'single';
	return {
		base: './',
		publicDir: 'static',
		plugins: single
			? [
					content(),
					svelte(),
					viteSingleFile({ removeViteModuleLoader: true }),
					singleFilePage({ favicon: 'static/favicon.svg', fileName: SINGLE_FILE })
				]
			: [
					content(),
					svelte(),
					hostedCsp(),
					VitePWA({
						strategies: 'generateSW',
						// A classic script file (static/registerSW.js), same-origin: allowed by script-src 'self'.
						injectRegister: 'script',
						manifestFilename: 'manifest.webmanifest',
						includeManifestIcons: false,
						manifest: {
							name: 'EOP connector troubleshooter',
							short_name: 'EOP errors',
							description:
								'Browser-only troubleshooter for Exchange Online Protection connector delivery errors.',
							id: './',
							start_url: './',
							scope: './',
							display: 'standalone',
							lang: 'en',
							theme_color: THEME_COLOR,
							background_color: BACKGROUND_COLOR,
							icons: [
								{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
								{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
								{
									src: 'icons/icon-maskable-512.png',
									sizes: '512x512',
									type: 'image/png',
									purpose: 'maskable'
								}
							]
						},
						workbox: {
							// The manifest is added by vite-plugin-pwa itself, the icons by this glob.
							globPatterns: ['**/*.{js,css,html,svg,png}'],
							// The offline copy is a download, not part of the app: never precached or
							// answered with index.html.
							globIgnores: [SINGLE_FILE],
							navigateFallback: 'index.html',
							navigateFallbackDenylist: [/troubleshooter\.html$/],
							// A new deploy's worker takes over at once and drops the old precache;
							// static/registerSW.js then reloads the page once, so the next visit shows it.
							skipWaiting: true,
							clientsClaim: true,
							cleanupOutdatedCaches: true,
							// Keeps the previous builds' assets/ reachable for tabs opened before a deploy
							// (static/sw-keep.js), so an open tab never asks for a file that is gone.
							importScripts: ['sw-keep.js']
						}
					})
				],
		server: { host: '127.0.0.1' },
		preview: { host: '127.0.0.1' },
		build: {
			outDir: 'dist',
			// The single build writes troubleshooter.html next to the hosted app, keeping the rest.
			emptyOutDir: !single,
			copyPublicDir: !single,
			// The hosted build's chunk graph (dist/.vite/manifest.json): the first-load budget test
			// reads what the start page loads before it is ready from it.
			manifest: !single,
			target: 'es2022',
			rolldownOptions: {
				// Rolldown's [PLUGIN_TIMINGS] notes (which plugin took how long) read like a warning
				// to whoever runs `npm start`; the build's own timings are in BENCHMARKS.md.
				checks: { bundlerTimings: false },
				output: {
					// An entry's page chunk, where the bundler writes one (the hosted build writes its own,
					// scripts/content/modules.ts), is named by its code and language
					// ("entry-4.4.316-en-<hash>.js"), not by the last dot-separated part of its module id.
					chunkFileNames: (chunk) => {
						const id = chunk.facadeModuleId ?? '';
						return id.startsWith(ENTRY_CHUNK)
							? `assets/entry-${id.slice(ENTRY_CHUNK.length).replace('/', '-')}-[hash].js`
							: 'assets/[name]-[hash].js';
					}
				}
			}
		}
	};
});
