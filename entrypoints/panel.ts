import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPanel } from '../components/panel/mountPanel';

// Injected by the background (scripting.executeScript) into the content script's isolated
// world, only on pages whose article matched.
export default defineUnlistedScript(() => {
  mountPanel();
});
