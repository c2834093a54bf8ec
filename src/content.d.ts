// The virtual modules of scripts/content-plugin.ts: the content files, validated at build time.

declare module 'virtual:content/catalog' {
	/** Every entry of content/entries, in catalog order (connector errors, "other", the rest by code). */
	export const catalog: readonly import('./lib/catalog/types').Entry[];
}

declare module 'virtual:content/brief' {
	/** The brief of every entry, in catalog order: all the first screen loads of the catalog. */
	export const catalogBrief: readonly import('./lib/catalog/types').EntryBrief[];
	/** The socket errors search reads (data/search, and the first screen). */
	export const socketBrief: readonly import('./lib/search/socket').SocketError[];
}

declare module 'virtual:content/commands' {
	/** The verification commands of content/commands.yaml. */
	export const commands: readonly import('./lib/catalog/types').Command[];
}

declare module 'virtual:content/search' {
	/** The domain lexicon of content/search/lexicon.yaml: the ways admins write one idea. */
	export const lexicon: readonly import('./lib/search/lexicon').Concept[];
	/** The stop words of content/search/stopwords.yaml, folded. */
	export const stopWords: readonly string[];
}

declare module 'virtual:content/wizard' {
	/** The wizard's tree of content/wizard.yaml: groups expanded, "not listed" causes from the catalog. */
	export const wizardTree: import('./lib/wizard/types').WizardTree;
}

declare module 'virtual:content/entries' {
	/**
	 * A loader per entry code: its page chunk in a language (the entry, its shared causes, its
	 * commands), whose texts are in that language only (`inLanguage`; the single file: all of them).
	 */
	export const entryPages: Readonly<
		Record<
			string,
			(
				lang: import('./lib/catalog/types').Lang
			) => Promise<{ page: import('./lib/catalog/page').EntryPageData }>
		>
	>;
}

declare module 'virtual:content/entry/*' {
	/** One entry's page data, in every language or (`…/<code>/<lang>`) in one (scripts/content/modules.ts). */
	export const page: import('./lib/catalog/page').EntryPageData;
}

declare module 'virtual:content/search-source' {
	/** What the full search ranks with: the index the build wrote, or (the single file) the catalog. */
	export const searchSource: import('./lib/search').SearchSource;
}

declare module 'virtual:content/search-prose' {
	/** The entries' prose texts for explanations (empty in the single file, whose index has them). */
	export const searchProse: import('./lib/search').SerializedTexts;
}

declare module 'virtual:content/search-prose/*' {
	/** The entries' prose texts in one language (`…/en`, `…/it`; empty in the single file). */
	export const searchProse: import('./lib/search').SerializedTexts;
}
