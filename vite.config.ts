import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// base './': every asset URL is relative, so dist/ works from any folder of any static host.
export default defineConfig({
	base: './',
	publicDir: 'static',
	plugins: [svelte()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' }
});
