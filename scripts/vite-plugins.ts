// Build-only Vite plugins: the Content-Security-Policy meta tags of both builds, and the renaming of
// the single-file build's page to troubleshooter.html. Used by vite.config.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The hosted build's policy: code, styles, the manifest and the service worker come from the app's
 * own origin and nothing is inline. `frame-ancestors` is left to the host's header (README): a
 * browser ignores it in a meta tag and logs an error.
 */
export const HOSTED_CSP = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"manifest-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'none'"
].join('; ');

/**
 * The single file's policy: nothing may load, only its own inlined script and style run (CSP 3
 * hash sources: sha256 of the exact element text). A file:// page has no origin worth trusting,
 * so 'self' is not used; the favicon is a data: URL.
 */
export function singleFileCsp(scriptHashes: string[], styleHashes: string[]): string {
	return [
		"default-src 'none'",
		`script-src ${scriptHashes.join(' ')}`,
		`style-src ${styleHashes.join(' ')}`,
		'img-src data:',
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');
}

/** The CSP source expression for an inline element's text, e.g. `'sha256-…'`. */
export function sha256Source(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;

/**
 * The text of every inline `<tag>` element (no src) in the html. Styles are looked for outside
 * scripts, so a "<style" inside the code cannot be taken for an element. (vite-plugin-singlefile
 * escapes "</script" inside inlined code, so a script ends at the first "</script>".)
 */
export function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
	const element = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
	const markup = tag === 'style' ? html.replace(SCRIPT_ELEMENT, '') : html;
	return [...markup.matchAll(element)]
		.filter(([, attributes]) => !/\bsrc=/i.test(attributes ?? ''))
		.map(([, , text]) => text ?? '');
}

const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

/** Puts the CSP meta right after the charset meta: a policy only covers what follows it. */
export function withCspMeta(html: string, policy: string): string {
	if (!CHARSET_META.test(html))
		throw new Error('index.html has no <meta charset>: cannot place the CSP.');
	return html.replace(
		CHARSET_META,
		(charset) => `${charset}\n\t\t<meta http-equiv="Content-Security-Policy" content="${policy}" />`
	);
}

/** The hosted build (dist/index.html): adds the CSP meta. */
export function hostedCsp(): Plugin {
	return {
		name: 'eop:hosted-csp',
		apply: 'build',
		transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html, HOSTED_CSP) }
	};
}

/**
 * The single-file build, after vite-plugin-singlefile has inlined everything (list this plugin
 * after it): every reference to the favicon (the page's icon, the header's logo) becomes a data:
 * URL, as there is no folder beside the file; the page is renamed and gets a CSP allowing exactly
 * its inline code, by hash.
 */
export function singleFilePage(options: { favicon: string; fileName: string }): Plugin {
	// Base64 keeps the URL free of quotes, so it can replace the path inside markup and JS strings.
	const icon = `data:image/svg+xml;base64,${readFileSync(options.favicon).toString('base64')}`;
	return {
		name: 'eop:single-file-page',
		apply: 'build',
		enforce: 'post',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				const page = bundle['index.html'];
				if (page?.type !== 'asset' || typeof page.source !== 'string') {
					this.error('single-file build: no index.html in the bundle');
				}
				const html = page.source.replaceAll(`./${basename(options.favicon)}`, icon);
				if (/<script\b[^>]*\bsrc=|<link\b[^>]*rel="stylesheet"/i.test(html)) {
					this.error('single-file build: a script or stylesheet was left external');
				}
				const scripts = inlineTexts(html, 'script').map(sha256Source);
				const styles = inlineTexts(html, 'style').map(sha256Source);
				if (scripts.length === 0 || styles.length === 0) {
					this.error('single-file build: expected inlined <script> and <style>');
				}
				delete bundle['index.html'];
				this.emitFile({
					type: 'asset',
					fileName: options.fileName,
					source: withCspMeta(html, singleFileCsp(scripts, styles))
				});
			}
		}
	};
}
