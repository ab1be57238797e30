/** The one shared database instance for the extension origin. */
import { TreatyDb } from './schema';

/** Open lazily on first use; all extension pages and the background share it. */
export const db = new TreatyDb();
