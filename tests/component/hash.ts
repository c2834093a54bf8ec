/** Sets the hash and waits for the router to hear it (hashchange fires asynchronously). */
export async function goTo(hash: string): Promise<void> {
	if (window.location.hash === hash) return;
	const heard = new Promise((resolve) =>
		window.addEventListener('hashchange', resolve, { once: true })
	);
	window.location.hash = hash;
	await heard;
}
