/**
 * Up and down arrows move between the result links (Enter opens one, as any link); Up from the
 * first result goes back to the query field.
 */
export function moveBetweenResults(event: KeyboardEvent): void {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	const links = [...document.querySelectorAll<HTMLAnchorElement>('.results > li > a')];
	const at = links.findIndex((link) => link === event.currentTarget);
	if (at < 0) return;
	event.preventDefault();
	const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
	if (next) next.focus();
	else if (event.key === 'ArrowUp') document.getElementById('query')?.focus();
}
