import { mount } from 'svelte';
import App from './App.svelte';
import { partFor } from './components/parts';
import { language } from './state/language.svelte';
import { router } from './state/router.svelte';
import { searchEngine } from './state/search.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount into.');
export default mount(App, { target });

// The full search loads once the page is up; a deep link's own page first, so on a slow link the
// two do not share the bandwidth (the page shows a loading state until its part is in). The
// prose of its explanations comes in the reader's language first.
void (partFor(router.route)?.load() ?? Promise.resolve()).then(() =>
	searchEngine.start(language.current)
);
