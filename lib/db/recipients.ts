/**
 * Recipients the user added themselves: the one store the composer ("add your own") and the
 * options page ("Your own recipients") both read and write. Check what the user typed with
 * `checkOwnRecipient` (lib/letters) first.
 */
import { db } from './db';
import { guard } from './errors';
import { newId, nowIso } from './util';
import type { CustomRecipient, RecipientSnapshot } from './types';

/** The fields of a custom recipient the user can change. */
export type CustomRecipientFields = Pick<
  RecipientSnapshot,
  'name' | 'role' | 'email' | 'contactForm' | 'phone'
>;

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

/**
 * Change a custom recipient's name, role and addresses; its id, country and place in the list
 * stay. An optional field left out is removed. False when there is no such recipient (deleted
 * meanwhile, e.g. in another tab).
 */
export async function updateCustomRecipient(
  id: string,
  fields: CustomRecipientFields,
): Promise<boolean> {
  return guard(() =>
    db.transaction('rw', db.recipients, async () => {
      const old = await db.recipients.get(id);
      if (!old) return false;
      const { email: _e, contactForm: _f, phone: _p, ...kept } = old;
      await db.recipients.put({
        ...kept,
        name: fields.name,
        role: fields.role,
        ...(fields.email ? { email: fields.email } : {}),
        ...(fields.contactForm ? { contactForm: fields.contactForm } : {}),
        ...(fields.phone ? { phone: fields.phone } : {}),
      });
      return true;
    }),
  );
}

/** Remove a custom recipient (letters keep their snapshot); returns it, for undo. */
export async function removeCustomRecipient(id: string): Promise<CustomRecipient | undefined> {
  return guard(() =>
    db.transaction('rw', db.recipients, async () => {
      const old = await db.recipients.get(id);
      await db.recipients.delete(id);
      return old;
    }),
  );
}

/** Put back a recipient `removeCustomRecipient` returned (undo), in its old place. */
export async function restoreCustomRecipient(r: CustomRecipient): Promise<void> {
  return guard(async () => {
    await db.recipients.put(r);
  });
}
