import type { SearchData } from '../../lib/search';
import { socketBrief } from 'virtual:content/brief';
import { lexicon, stopWords } from 'virtual:content/search';

/**
 * The language data search reads the catalog and the queries with: the lexicon and the stop words
 * of content/search (validated by the content plugin). The socket errors are the
 * first screen's table (generated from the one the paste parser explains, data/parse-text.ts).
 */
export const searchData: SearchData = { lexicon, stopWords, socketErrors: socketBrief };
