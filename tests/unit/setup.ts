// Every unit test gets a fresh in-memory IndexedDB and a reset fake browser.
import 'fake-indexeddb/auto';
import '../../lib/i18n/all';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
