import '../lib/i18n/all';
import { defineBackground } from 'wxt/utils/define-background';
import { registerContent } from '../lib/background/content';
import { registerFollowUps } from '../lib/background/followups';
import { startRouter } from '../lib/background/router';
import { registerUpdates } from '../lib/background/update';
import { registerWipe } from '../lib/background/wipe';
import { keepSettingsCopy } from '../lib/db';

// Wiring only: each feature registers its listeners, alarms and message handlers
// synchronously (MV3 may have woken us for one of them), then the router starts.
export default defineBackground(() => {
  registerContent();
  registerUpdates();
  registerFollowUps();
  registerWipe();
  startRouter();
  // storage.session forgets the popup's copy of the settings when the browser closes or the
  // extension is updated: put it back (lib/db/settings-copy.ts).
  void keepSettingsCopy().catch(() => undefined);
});
