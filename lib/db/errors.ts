/**
 * Storage failures, as the user should hear about them. Dexie and IndexedDB throw many error
 * names; the UI only needs to know which of a few situations it is in and what to suggest.
 */

/** Why storage failed: disk full, IndexedDB missing/blocked, a concurrent change, or other. */
export type StorageFailure = 'quota' | 'unavailable' | 'conflict' | 'not_found' | 'unknown';

/** A storage failure with a reason code (the UI maps it to a translated sentence). */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly reason: StorageFailure,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

const plain: Record<StorageFailure, string> = {
  quota:
    'Your browser has run out of storage space for Treaty Lens. Free some disk space or export and delete old letters; nothing already saved was lost.',
  unavailable:
    'Your browser is not letting Treaty Lens store data (private browsing or a storage setting may block it). Nothing could be saved.',
  conflict: 'This letter was changed in another tab and can no longer be edited here.',
  not_found: 'This letter no longer exists (it may have been deleted in another tab).',
  unknown: 'Treaty Lens could not save this change. Nothing already saved was lost.',
};

/** English fallback text for a failure (UI should prefer `t('db_error_<reason>')`). */
export function plainReason(reason: StorageFailure): string {
  return plain[reason];
}

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    cur = o.inner ?? o.cause;
  }
  return out;
}

/** Map any thrown value to a StorageError (idempotent). */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const n = names(e);
  let reason: StorageFailure = 'unknown';
  if (n.some((x) => x === 'QuotaExceededError' || x === 'QuotaExceeded')) reason = 'quota';
  else if (
    n.some((x) =>
      [
        'MissingAPIError',
        'OpenFailedError',
        'DatabaseClosedError',
        'InvalidStateError',
        'SecurityError',
        'UnknownError',
        'VersionError',
      ].includes(x),
    )
  )
    reason = 'unavailable';
  return new StorageError(reason, plain[reason], e);
}

/** Run a storage operation, turning any failure into a StorageError. */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toStorageError(e);
  }
}
