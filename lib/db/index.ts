/**
 * Public face of the Treaty Lens database (Dexie 4, extension origin only). Content scripts
 * must never import this: IndexedDB there belongs to the news site.
 */
export { db } from './db';
export {
  TreatyDb,
  DB_NAME,
  SCHEMA_VERSION,
  schemaVersions,
  DEFAULT_FOLLOW_UP_DAYS,
} from './schema';
export type * from './types';
export { CHANNELS } from './types';
export { StorageError, toStorageError, plainReason, type StorageFailure } from './errors';
export {
  saveDraft,
  getDraft,
  getLetter,
  latestDraft,
  recordHandoff,
  confirmSent,
  logReply,
  repliesFor,
  removeReply,
  deleteLetter,
  restoreLetter,
  followUpDelayMinutes,
  SNOOZE_MINUTES,
  type DraftInput,
  type DraftFields,
  type ReplyInput,
} from './letters';
export {
  queryLetters,
  letterPage,
  countLetters,
  recentLetters,
  letterFacets,
  filterLetters,
  letterDate,
  type LetterQuery,
  type LetterPage,
  type LetterRows,
  type LetterSort,
} from './query';
export {
  getSettings,
  updateSettings,
  keepSettingsCopy,
  defaultSettings,
  DEFAULT_UPDATE_URL,
  validUpdateUrl,
  type SettingsPatch,
} from './settings';
export {
  customRecipients,
  addCustomRecipient,
  updateCustomRecipient,
  removeCustomRecipient,
  restoreCustomRecipient,
  type CustomRecipientFields,
} from './recipients';
export {
  dueFollowUpIds,
  dueFollowUpsShown,
  countDueFollowUps,
  nextFollowUpAt,
  answerFollowUp,
  followUpDueAt,
  lastFollowUpNotification,
  markFollowUpNotified,
  claimFollowUpNotification,
  type FollowUpAnswer,
  type DueFollowUps,
} from './followups';
export { liveQuery } from 'dexie';
// Export, import, deletion and the storage summary are in ./transfer, imported from there by the
// ledger's Data and Stored views (loaded after its first frame) and by the tests: re-exported
// here, they put papaparse and the import checks into the first files of every extension page.
export { settingsChanges, SETTINGS_KEYS, type SettingsKey } from './import-rules';
export { impact, computeImpact, weekOf, type Impact, type ImpactRow } from './impact';
