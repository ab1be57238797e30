/**
 * Every UI area's strings (composer, popup, ledger, options, …) for the extension's own pages,
 * the background and the tests. Import it for its side effect, before anything renders:
 * `import '../../lib/i18n/all';`. The in-page panel does not import it (see index.ts).
 */
import { registerCatalogs } from './index';

registerCatalogs(
  import.meta.glob<Record<string, { message: string; description?: string }>>(
    '../../locales/*/*.json',
    { eager: true, import: 'default' },
  ),
);
