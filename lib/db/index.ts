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
  dueFollowUps,
  nextFollowUpAt,
  answerFollowUp,
  followUpDueAt,
  lastFollowUpNotification,
  markFollowUpNotified,
  claimFollowUpNotification,
  type FollowUpAnswer,
} from './followups';
export { liveQuery } from 'dexie';
export {
  exportData,
  exportJson,
  exportCsv,
  importData,
  checkImport,
  previewImport,
  type ImportPreview,
  deleteAllData,
  deleteEverything,
  storageSummary,
  toCsv,
  parseCsv,
  neutraliseCell,
  CSV_COLUMNS,
  MAX_IMPORT_BYTES,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportFile,
  type ImportProblem,
  type ImportResult,
  type ImportCounts,
} from './transfer';
export { settingsChanges, SETTINGS_KEYS, type SettingsKey } from './import-rules';
export { impact, computeImpact, weekOf, type Impact, type ImpactRow } from './impact';
