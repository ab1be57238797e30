import { defineBackground } from 'wxt/utils/define-background';
import { startRouter } from '../lib/background/router';

// Wiring only: each feature registers its listeners, alarms and message handlers
// synchronously (MV3 may have woken us for one of them), then the router starts.
export default defineBackground(() => {
  startRouter();
});
