/** Recipients the user added themselves. */
import { db } from './db';
import { guard } from './errors';
import { newId, nowIso } from './util';
import type { CustomRecipient, RecipientSnapshot } from './types';

/** All custom recipients, newest first. */
export async function customRecipients(): Promise<CustomRecipient[]> {
  return guard(async () =>
    (await db.recipients.toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );
}

/** Add (or replace, when `id` is given) a custom recipient; returns its id. */
export async function addCustomRecipient(
  r: Omit<RecipientSnapshot, 'id' | 'group'> & { id?: string; group?: string },
): Promise<string> {
  const rec: CustomRecipient = {
    ...r,
    id: r.id ?? `custom:${newId()}`,
    group: r.group ?? 'custom',
    createdAt: nowIso(),
  };
  return guard(async () => {
    await db.recipients.put(rec);
    return rec.id;
  });
}

/** Remove a custom recipient (letters keep their snapshot). */
export async function removeCustomRecipient(id: string): Promise<void> {
  return guard(() => db.recipients.delete(id));
}
