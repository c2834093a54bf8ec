/** How the start page lists the catalog: as cards (grouped) or as a compact table. In memory only. */
class Overview {
	table = $state(false);
}

export const overview = new Overview();
