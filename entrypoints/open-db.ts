/**
 * A classic script in the `<head>` of ledger.html and popup.html: starts reading what their
 * first frame shows (lib/db/early.ts) while their modules load. The ledger also reads its
 * opening page of letters.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '../lib/db/early';

export default defineUnlistedScript(() => {
  startEarlyRead({ letters: location.pathname.endsWith('/ledger.html') });
});
