import type { SearchData } from '../../lib/search';
import type { SocketError } from '../../lib/search/socket';
import { socketErrorTexts } from '../parse-text';
import { lexicon } from './lexicon';
import { stopWords } from './stopwords';

/** The socket errors, as search reads them (the same table the paste parser explains). */
const socketErrors: SocketError[] = Object.entries(socketErrorTexts).map(([number, text]) => ({
	number: Number(number),
	...text
}));

/** The language data search reads the catalog and the queries with. */
export const searchData: SearchData = { lexicon, stopWords, socketErrors };
