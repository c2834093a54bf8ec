import { mount } from 'svelte';
import App from './App.svelte';
import { searchEngine } from './state/search.svelte';
import { pasteAnalyzer } from './state/analyzer.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount into.');
export default mount(App, { target });
// The search index is built in idle time once the page is up; the worker that reads large pastes
// starts a little later, so neither delays the first paint.
searchEngine.start();
setTimeout(() => pasteAnalyzer.warm(), 2_000);
