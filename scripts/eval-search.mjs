// `npm run eval:search [-- --misses]`: prints top-1, top-3 and MRR per kind of query for the search
// and the fuse.js baselines (tests/eval/report.ts, loaded through Vite so TypeScript runs as is).
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/eval/report.ts', {
	configFile: false,
	logLevel: 'error'
});
console.log(module.report(process.argv.slice(2)));
