// `npm run eval:search [-- --misses]`: prints top-1, top-3 and MRR per kind of query for the search
// and the fuse.js baselines (tests/eval/report.ts, loaded through Vite so TypeScript runs as is).
import { runnerImport } from 'vite';

// The catalog comes from the content plugin's virtual modules (scripts/content-plugin.ts).
const { module: plugin } = await runnerImport('./scripts/content-plugin.ts', {
	configFile: false,
	logLevel: 'error'
});
const { module } = await runnerImport('./tests/eval/report.ts', {
	configFile: false,
	logLevel: 'error',
	plugins: [plugin.content()]
});
console.log(module.report(process.argv.slice(2)));
