import type { SearchData } from '../../lib/search';
import { socketBrief } from 'virtual:content/brief';
import { lexicon } from './lexicon';
import { stopWords } from './stopwords';

/**
 * The language data search reads the catalog and the queries with. The socket errors are the
 * first screen's table (generated from the one the paste parser explains, data/parse-text.ts).
 */
export const searchData: SearchData = { lexicon, stopWords, socketErrors: socketBrief };
