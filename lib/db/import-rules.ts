/**
 * An import file is held to the rules the UI holds the reader to (issue 15): a crafted export
 * must not plant what the options page, the composer or the ledger would refuse. The schemas
 * (validate.ts) check shapes; these check meaning:
 *
 * - recipients: the "add your own recipient" rules (`checkOwnRecipient`): e-mail addresses with
 *   no invisible or bidi characters, contact forms http(s) only, names without control characters;
 * - links: article URLs and contact forms are http(s) only (a `javascript:` URL would be rendered
 *   as a link in the ledger);
 * - settings: known keys only (the schema is strict), the update address by the options page's
 *   rule (`validUpdateUrl`), no retired test hook (`followUpTestMinutes`, see
 *   `retiredSettingProblems`), a pause no longer than the
 *   panel's 24 hours, switched-off sites that are host names;
 * - dates: nothing created, sent, updated or replied to in the future.
 *
 * `settingsChanges` lists what an import would change in the settings, for the confirmation the
 * ledger shows before anything is written.
 */
import { checkOwnRecipient, cleanText } from '../letters/own-recipient';
import { RETIRED_SETTINGS, validUpdateUrl } from './settings';
import type { ExportFile, ImportProblem } from './transfer';
import type { Settings } from './types';

/** Clock skew allowed between the machine that exported and this one. */
const SKEW_MS = 10 * 60_000;
/** The longest pause the UI offers ("Pause for 24 hours"), with the same skew. */
const MAX_PAUSE_MS = 24 * 3600_000 + SKEW_MS;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** How a problem names the part of the file it is in ("Letter 3 (id)"). */
export const sectionName: Record<ImportProblem['section'], string> = {
  file: 'The file',
  letters: 'Letter',
  replies: 'Reply',
  recipients: 'Recipient',
  settings: 'Settings',
  meta: 'Bookkeeping entry',
};

/** An http(s) URL with a host (what the UI renders as a link, or opens). */
export function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** Why `checkOwnRecipient` refused a field, in words. */
const recipientWords: Record<string, string> = {
  required: 'is empty',
  too_long: 'is too long',
  invalid_email: 'is not an e-mail address the composer accepts (or hides characters)',
  invalid_url: 'is not a web address',
  url_scheme: 'is not an http(s) web address',
  invalid_phone: 'is not a phone number',
};

/**
 * Settings keys older versions stored and this one retired (settings.ts `RETIRED_SETTINGS`),
 * checked before the strict schema. Exports made before the removal carry
 * `followUpTestMinutes: null`: that is dropped, so old backups still import. A value is refused by
 * name: it was the end-to-end test hook that shortened follow-ups and lifted the once-a-day
 * notification limit, and a crafted file must not look as if it could bring it back.
 */
export function retiredSettingProblems(raw: unknown): { rest: unknown; problems: ImportProblem[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { rest: raw, problems: [] };
  const rest: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const problems: ImportProblem[] = [];
  for (const key of RETIRED_SETTINGS) {
    if (!(key in rest)) continue;
    if (rest[key] !== null)
      problems.push({
        section: 'settings',
        field: key,
        kind: 'invalid',
        message: `${sectionName.settings}: “${key}” is a test setting and cannot be imported.`,
      });
    delete rest[key];
  }
  return { rest, problems };
}

/** Problems with an (already schema-checked) import file under the UI's rules. */
export function importRuleProblems(f: ExportFile, now: Date = new Date()): ImportProblem[] {
  const out: ImportProblem[] = [];
  const latest = now.getTime() + SKEW_MS;
  const add = (
    section: ImportProblem['section'],
    index: number | undefined,
    id: string | undefined,
    field: string,
    what: string,
  ) =>
    out.push({
      section,
      ...(index ? { index } : {}),
      ...(id ? { id } : {}),
      field,
      kind: 'invalid',
      message: `${sectionName[section]}${index ? ` ${index}` : ''}${id ? ` (${id})` : ''}: “${field}” ${what}.`,
    });
  const future = (s: string | null | undefined) => !!s && Date.parse(s) > latest;

  const recipient = (
    section: 'recipients',
    index: number,
    id: string,
    prefix: string,
    r: { name: string; role: string; email?: string; contactForm?: string; phone?: string },
  ) => {
    const c = checkOwnRecipient(r);
    if (!c.ok)
      for (const [field, code] of Object.entries(c.errors))
        add(section, index, id, `${prefix}${field}`, recipientWords[code] ?? 'is not allowed');
    else if (cleanText(r.name) !== r.name)
      add(section, index, id, `${prefix}name`, 'has invisible or control characters');
    // The form is stored as the rule normalised it; a different stored text is not what was checked.
    else if (r.contactForm && c.value.contactForm !== r.contactForm)
      add(section, index, id, `${prefix}contactForm`, 'is not an http(s) web address');
  };

  f.letters.forEach((l, i) => {
    const n = i + 1;
    for (const k of ['createdAt', 'updatedAt', 'sentAt', 'date'] as const)
      if (future(l[k])) add('letters', n, l.id, k, 'is in the future');
    l.history.forEach((h, j) => {
      if (future(h.at)) add('letters', n, l.id, `history.${j}.at`, 'is in the future');
    });
    if (l.article?.url && !isWebUrl(l.article.url))
      add('letters', n, l.id, 'article.url', 'is not an http(s) web address');
    // Letters carry a copy of the recipient (built-in or the reader's own): the address and
    // the form are what the ledger opens, so they meet the "add your own recipient" rules.
    const r = l.recipient;
    if (r.email !== undefined || r.contactForm !== undefined) {
      const c = checkOwnRecipient({ name: 'x', email: r.email, contactForm: r.contactForm });
      if (!c.ok)
        for (const field of ['email', 'contactForm'] as const)
          if (c.errors[field])
            add('letters', n, l.id, `recipient.${field}`, recipientWords[c.errors[field]!]!);
      if (c.ok && r.contactForm && c.value.contactForm !== r.contactForm)
        add('letters', n, l.id, 'recipient.contactForm', 'is not an http(s) web address');
    }
  });
  f.replies.forEach((r, i) => {
    if (future(r.receivedOn)) add('replies', i + 1, r.id, 'receivedOn', 'is in the future');
  });
  f.recipients.forEach((r, i) => {
    if (future(r.createdAt)) add('recipients', i + 1, r.id, 'createdAt', 'is in the future');
    recipient('recipients', i + 1, r.id, '', r);
  });

  const s = f.settings;
  if (s) {
    if (s.updateUrl !== null && !validUpdateUrl(s.updateUrl))
      add(
        'settings',
        undefined,
        undefined,
        'updateUrl',
        'is not an update address the options page accepts (https, no query string)',
      );
    if (s.pausedUntil && Date.parse(s.pausedUntil) > now.getTime() + MAX_PAUSE_MS)
      add('settings', undefined, undefined, 'pausedUntil', 'pauses for longer than 24 hours');
    s.disabledSites.forEach((h, j) => {
      if (!HOST.test(h))
        add('settings', undefined, undefined, `disabledSites.${j}`, 'is not a site name');
    });
  }
  return out;
}

/** Settings keys, in the order the confirmation lists them. */
export const SETTINGS_KEYS = [
  'country',
  'region',
  'sender',
  'uiLang',
  'preferredChannel',
  'mode',
  'disabledSites',
  'pausedUntil',
  'panelOpen',
  'followUpDays',
  'notifications',
  'updateUrl',
] as const;

/** A setting an import would change. */
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

/** The settings an import would change, compared with the current ones. */
export function settingsChanges(current: Settings, next: Settings | null): SettingsKey[] {
  if (!next) return [];
  const json = (x: unknown) => JSON.stringify(x ?? null);
  return SETTINGS_KEYS.filter((k) =>
    k === 'sender'
      ? json([current.sender.name, current.sender.city, current.sender.role]) !==
        json([next.sender.name, next.sender.city, next.sender.role])
      : json(current[k]) !== json(next[k]),
  );
}
