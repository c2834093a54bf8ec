import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// src/lib is pure logic: no Svelte, no DOM. The app's state classes own the browser APIs.
		files: ['src/lib/**/*.ts'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': ['error', { patterns: ['svelte', 'svelte/*', '*.svelte'] }],
			'no-restricted-globals': [
				'error',
				'document',
				'window',
				'localStorage',
				'location',
				'navigator'
			]
		}
	},
	{ ignores: ['dist/', 'node_modules/', 'test-results/'] }
);
