/**
 * The composer's state: draft (autosaved), campaign recipients, composed letters per
 * recipient, validation, and hand-off bookkeeping. Shared by the popup and the full page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  askFor,
  getCountry,
  guessCountry,
  recipientsFor,
  type Recipient,
} from '../../lib/campaign';
import { isRiskyCountry } from '../../lib/campaign/risk';
import {
  addCustomRecipient,
  customRecipients,
  getLetter,
  getSettings,
  updateSettings,
  type Channel,
  type LetterRecord,
  type Settings,
} from '../../lib/db';
import {
  DEFAULT_CONCERNS,
  compose,
  confirmedStatus,
  defaultSelection,
  roleOf,
  templateFor,
  templateLanguages,
  templateOnly,
  validate,
  type ArticleContext,
  type ComposeInput,
  type Letter,
  type LetterAsk,
  type ValidationIssue,
} from '../../lib/letters';
import { getLang } from '../../lib/i18n';
import { letterLangFor } from '../../lib/letters/office-lang';
import {
  autosaver,
  confirmLetterSent,
  emptyDraft,
  handOff,
  DRAFT_KEY,
  loadDraft,
  mergeDrafts,
  parseDraftJson,
  readDraftSync,
  saveDraftSync,
  type ComposerDraft,
  type SafetyChoice,
} from '../../lib/letters/drafts';

/** The e-mail channels: the reader's preference picks among these, never over a better channel. */
export const EMAIL_CHANNELS: readonly Channel[] = ['mailto', 'gmail', 'outlook'];

/** Where a recipient's letter stands in this composer session. */
export interface HandoffState {
  letterId: string;
  channel: Channel;
  at: string;
  sent: boolean;
  bodyOnClipboard?: boolean;
  /** Every channel tried for this letter, in order (the reader confirms which one worked). */
  tried?: Channel[];
}

/** One recipient with their letter. */
export interface RecipientLetter {
  recipient: Recipient;
  input: ComposeInput;
  /** What is sent: the generated letter, or the user's edit of it. */
  letter: Letter;
  /** The letter as composed from the form (before any hand edit). */
  generated: Letter;
  edited: boolean;
  template: Letter;
}

/**
 * The safety notice (issue 13, item 11): before a named letter to the government of a state
 * rated Not Free (lib/campaign/risk.ts), the reader chooses to send without their name, with
 * it, or not at all. Until they choose, nothing can be sent.
 */
export interface SafetyState {
  /** The draft's country is rated Not Free. */
  risky: boolean;
  /** The reader's answer for this country, or null before they answer. */
  choice: SafetyChoice | null;
  /** Letters are signed anonymously (`anonymous_signature`) and carry no name. */
  anonymous: boolean;
  /** Send actions may show: not risky, or the reader chose a way to send. */
  canSend: boolean;
  /** Answer (or, with null, re-open) the notice. */
  choose(choice: SafetyChoice | null): void;
}

/** The composer's view model. */
export interface ComposerModel {
  ready: boolean;
  draft: ComposerDraft;
  update(patch: Partial<ComposerDraft>): void;
  setCountry(country: string, region?: string): void;
  /**
   * Whether the reader has told us their country (settings hold it). Until then the country is
   * a guess from the browser locale, the composer asks once, and nothing stores the guess.
   */
  countryConfirmed: boolean;
  /** The reader's answer: this is my country (the guess, or another one). */
  confirmCountry(country: string): void;
  suggested: Recipient[];
  custom: Recipient[];
  loadingRecipients: boolean;
  addCustom(r: {
    name: string;
    email?: string;
    contactForm?: string;
    role?: string;
  }): Promise<void>;
  ask: LetterAsk;
  letters: RecipientLetter[];
  issues: ValidationIssue[];
  attempted: boolean;
  setAttempted(v: boolean): void;
  handoffs: Record<string, HandoffState>;
  recordHandoff(rl: RecipientLetter, channel: Channel, bodyOnClipboard?: boolean): Promise<string>;
  /** The reader sent it, by `channel` (one of those tried; default: the only one tried). */
  confirmSent(recipientId: string, channel?: Channel): Promise<void>;
  preferredChannel: Channel | null;
  saveError: string | null;
  startOver(): void;
  /** Save a hand edit of one recipient's letter; null drops the edit (back to generated text). */
  editLetter(recipientId: string, edit: { subject: string; body: string } | null): void;
  safety: SafetyState;
}

/** Country from a browser locale ("en-GB" → "GB"), or '': a guess (lib/campaign). */
export const countryFromLocale = guessCountry;

function customToRecipient(c: {
  id: string;
  name: string;
  role: string;
  country: string;
  email?: string;
  contactForm?: string;
  phone?: string;
}): Recipient {
  return {
    id: c.id,
    name: c.name,
    role: c.role,
    group: 'custom',
    country: c.country,
    ...(c.email ? { email: c.email } : {}),
    ...(c.contactForm ? { contactForm: c.contactForm } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
  };
}

/** A recipient as the ledger remembers them, for "write again" (their data may have moved on). */
function snapshotToRecipient(r: LetterRecord['recipient']): Recipient {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    group: (r.group as Recipient['group']) || 'custom',
    country: r.country,
    ...(r.region ? { region: r.region } : {}),
    ...(r.email ? { email: r.email } : {}),
    ...(r.contactForm ? { contactForm: r.contactForm } : {}),
    ...(r.phone ? { phone: r.phone } : {}),
  };
}

/**
 * Composer state, autosave included. `context` is the article the composer was opened from;
 * `againId` a ledger letter to write again (same person, language, ask and concerns).
 */
export function useComposer(
  context: ArticleContext | null,
  browserLang: string,
  againId: string | null = null,
): ComposerModel {
  const [ready, setReady] = useState(false);
  /** `ready`, read at the moment of leaving: an effect's copy can lag a frame behind. */
  const loaded = useRef(false);
  const [draft, setDraft] = useState<ComposerDraft>(emptyDraft);
  const [suggested, setSuggested] = useState<Recipient[]>([]);
  const [custom, setCustom] = useState<Recipient[]>([]);
  const [loadingRecipients, setLoading] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [handoffs, setHandoffs] = useState<Record<string, HandoffState>>({});
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const autoSelect = useRef(false);
  const [countryConfirmed, setConfirmed] = useState(false);
  const confirmedRef = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  // The draft as this composer last read or wrote it: what another tab's writes are merged
  // against (lib/letters/drafts.ts mergeDrafts), so neither tab's typing is lost.
  const baseRef = useRef<ComposerDraft>(draft);

  /** `d`, with the fields another composer stored since our base merged in. */
  const withStored = useCallback((d: ComposerDraft): ComposerDraft => {
    const stored = readDraftSync();
    if (!stored || stored.updatedAt <= baseRef.current.updatedAt) return d;
    return mergeDrafts(baseRef.current, d, stored);
  }, []);
  const lastSettings = useRef('');
  /** The data was deleted while this composer was open; nothing typed since. */
  const wiped = useRef(false);

  const saver = useMemo(
    () =>
      autosaver(250, (e) => {
        setSaveError(e instanceof Error ? e.message : String(e));
      }),
    [],
  );

  // Remember who the user is (settings) alongside the draft, without waiting for a send.
  // The country is stored only once the reader confirmed it: a guess stays a guess (issue 18
  // item 6: options said "not chosen" while the composer silently saved the locale's country).
  const persistSettings = useCallback((d: ComposerDraft) => {
    const sure = confirmedRef.current;
    const key = JSON.stringify([sure && d.country, sure && d.region, d.sender]);
    if (key === lastSettings.current) return;
    lastSettings.current = key;
    void updateSettings(
      sure ? { country: d.country, region: d.region, sender: d.sender } : { sender: d.sender },
    )
      .then(setSettings)
      .catch((e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)));
  }, []);

  const commit = useCallback(
    (next: ComposerDraft) => {
      wiped.current = false;
      const d = { ...withStored(next), updatedAt: new Date().toISOString() };
      baseRef.current = d;
      draftRef.current = d;
      setDraft(d);
      saver.save(d);
      persistSettings(d);
    },
    [saver, persistSettings, withStored],
  );

  const update = useCallback(
    (patch: Partial<ComposerDraft>) => commit({ ...draftRef.current, ...patch }),
    [commit],
  );

  // Load settings and the saved draft once.
  useEffect(() => {
    let alive = true;
    void (async () => {
      const [s, saved, own] = await Promise.all([
        getSettings().catch(() => null),
        loadDraft(),
        customRecipients().catch(() => []),
      ]);
      if (!alive) return;
      setSettings(s);
      confirmedRef.current = !!s?.country;
      setConfirmed(confirmedRef.current);
      setCustom(own.map(customToRecipient));
      let d = saved ?? emptyDraft();
      if (!saved) {
        autoSelect.current = true;
        d = {
          ...d,
          country: s?.country || countryFromLocale(browserLang) || '',
          region: s?.region ?? '',
          sender: {
            name: s?.sender.name ?? '',
            city: s?.sender.city ?? '',
            role: s?.sender.role ?? '',
          },
          lang: letterLangFor(
            s?.country || countryFromLocale(browserLang) || '',
            getLang() || browserLang,
            templateLanguages(),
          ),
          concerns: [...DEFAULT_CONCERNS],
        };
      }
      const again = againId ? await getLetter(againId).catch(() => undefined) : undefined;
      if (again) {
        // A fresh draft for the same person; the ledger's snapshot stands in for them in case
        // the campaign data no longer lists them under this country/region.
        autoSelect.current = false;
        const person = snapshotToRecipient(again.recipient);
        setCustom((own) => (own.some((r) => r.id === person.id) ? own : [...own, person]));
        d = {
          ...emptyDraft(),
          country: again.country,
          region: again.recipient.region ?? (again.country === d.country ? d.region : ''),
          sender: d.sender,
          lang: again.lang,
          concerns: [...again.concerns],
          selected: [person.id],
          ...(again.article
            ? {
                article: {
                  url: again.article.url,
                  title: again.article.title,
                  outlet: again.article.outlet,
                  passage: again.article.passage,
                  include: true,
                  quote: true,
                },
              }
            : {}),
        };
      }
      if (context) {
        // Each "Write" brings the passage the reader selected this time (or none): an earlier
        // quote from the same article is not carried over; only the reader's "cite" choice is.
        const same = context.url === d.article?.url;
        d = {
          ...d,
          article: {
            url: context.url,
            title: context.title,
            outlet: context.outlet,
            passage: context.passage,
            include: same ? (d.article?.include ?? true) : true,
            quote: true,
          },
        };
      }
      // The reader answered the safety notice in the panel: the composer does not ask again.
      if (context?.safety && d.country && isRiskyCountry(d.country))
        d = { ...d, safety: { country: d.country, choice: context.safety } };
      // Re-attach hand-off states of letters not yet confirmed (the popup may have closed).
      const states: Record<string, HandoffState> = {};
      for (const [rid, id] of Object.entries(d.letterIds)) {
        const l = await getLetter(id).catch(() => undefined);
        if (!l) continue;
        const last = l.history.findLast((h) => h.state === 'handed_off');
        const tried = [
          ...new Set(
            l.history.flatMap((x) => (x.state === 'handed_off' && x.channel ? [x.channel] : [])),
          ),
        ];
        states[rid] = {
          letterId: id,
          channel: l.channel ?? last?.channel ?? 'clipboard',
          at: last?.at ?? l.updatedAt,
          sent: l.state === 'sent' || l.state === 'replied',
          tried,
        };
      }
      if (!alive) return;
      lastSettings.current = JSON.stringify([
        confirmedRef.current && d.country,
        confirmedRef.current && d.region,
        d.sender,
      ]);
      if (!saved || context || again) {
        d = { ...d, updatedAt: new Date().toISOString() };
        saver.save(d);
      }
      baseRef.current = d;
      draftRef.current = d;
      setDraft(d);
      setHandoffs(states);
      loaded.current = true;
      setReady(true);
    })();
    return () => {
      alive = false;
    };
  }, []);

  // Another composer (tab, popup) saved the draft: take its changes into this one.
  useEffect(() => {
    if (!ready) return;
    const onStorage = (e: StorageEvent) => {
      // "Delete all my data" cleared the storage (key null) or removed the draft: forget what
      // this composer holds too, and write nothing back until the reader types again (issue
      // 18, item 3: the open composer re-saved the deleted name and letter).
      if (e.key === null || (e.key === DRAFT_KEY && e.newValue === null)) {
        saver.cancel();
        wiped.current = true;
        const guess = countryFromLocale(browserLang);
        const fresh = {
          ...emptyDraft(),
          country: guess,
          lang: letterLangFor(guess, getLang() || browserLang, templateLanguages()),
          concerns: [...DEFAULT_CONCERNS],
        };
        autoSelect.current = true;
        confirmedRef.current = false;
        setConfirmed(false);
        lastSettings.current = JSON.stringify([false, false, fresh.sender]);
        baseRef.current = fresh;
        draftRef.current = fresh;
        setDraft(fresh);
        setHandoffs({});
        setCustom([]);
        setAttempted(false);
        return;
      }
      if (e.key !== DRAFT_KEY) return;
      const theirs = parseDraftJson(e.newValue);
      if (!theirs || theirs.updatedAt <= baseRef.current.updatedAt) return;
      const merged = mergeDrafts(baseRef.current, draftRef.current, theirs);
      baseRef.current = theirs;
      draftRef.current = merged;
      setDraft(merged);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [ready, saver, browserLang]);

  // Flush on the way out: the popup closes without warning. It reads the ref, not `ready`: a
  // composer closed in the frame it became ready still held the effect that saw it loading, so it
  // left its first save pending, to land after it was gone (in tests, in the next test's database).
  useEffect(() => {
    const flush = () => {
      if (!loaded.current || wiped.current) return;
      const d = withStored(draftRef.current);
      baseRef.current = d;
      saveDraftSync(d);
      void saver.flush();
    };
    const onVis = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVis);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVis);
      flush();
    };
  }, [saver, withStored]);

  // Suggested recipients follow country and region.
  useEffect(() => {
    if (!ready || !draft.country) {
      setSuggested([]);
      return;
    }
    let alive = true;
    setLoading(true);
    const place = { country: draft.country, region: draft.region || undefined };
    recipientsFor(place)
      .then((rs) => {
        // The reader may have picked another country while this list loaded: effects (and
        // their cleanup) run only after the next frame, so `alive` alone can still be true.
        // A late list for the old place must neither show nor consume the auto-selection
        // (it chose the old country's people into the new country's draft: no recipient).
        const now = draftRef.current;
        if (!alive || now.country !== place.country || (now.region || undefined) !== place.region)
          return;
        setSuggested(rs);
        if (autoSelect.current && rs.length) {
          autoSelect.current = false;
          const selected = defaultSelection(rs, draft.country);
          if (wiped.current) {
            // Just after "Delete all my data": suggest, but store nothing until the reader acts.
            const d = { ...draftRef.current, selected };
            baseRef.current = d;
            draftRef.current = d;
            setDraft(d);
          } else update({ selected });
        }
      })
      .catch(() => alive && setSuggested([]))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [ready, draft.country, draft.region, update]);

  const setCountry = useCallback(
    (country: string, region = '') => {
      // The same place again (a re-picked country, a region picker echoing its value): keep
      // the recipients. Clearing them here would leave none, since the suggestions only reload
      // when the country or region changes.
      if (country === draftRef.current.country && region === draftRef.current.region) return;
      autoSelect.current = true;
      const keepCustom = draftRef.current.selected.filter((id) => id.startsWith('custom:'));
      // A new country: its offices' language (the reader can pick another beside the letter).
      const lang =
        country !== draftRef.current.country
          ? letterLangFor(country, getLang() || browserLang, templateLanguages())
          : draftRef.current.lang;
      update({ country, region, selected: keepCustom, lang });
    },
    [update],
  );

  const confirmCountry = useCallback(
    (country: string) => {
      if (!country) return setCountry('');
      confirmedRef.current = true;
      setConfirmed(true);
      if (country !== draftRef.current.country) setCountry(country);
      else persistSettings(draftRef.current);
    },
    [setCountry, persistSettings],
  );

  const addCustom = useCallback(
    async (r: { name: string; email?: string; contactForm?: string; role?: string }) => {
      const id = await addCustomRecipient({
        name: r.name.trim(),
        role: r.role?.trim() ?? '',
        country: draftRef.current.country,
        ...(r.email?.trim() ? { email: r.email.trim() } : {}),
        ...(r.contactForm?.trim() ? { contactForm: r.contactForm.trim() } : {}),
      });
      const own = await customRecipients();
      setCustom(own.map(customToRecipient));
      update({ selected: [...draftRef.current.selected, id] });
    },
    [update],
  );

  const ask: LetterAsk = draft.country ? askFor(draft.country) : 'do_not_sign';
  // Letters state the country's status only when it is confirmed (lib/letters/status.ts).
  const confirmed = useMemo(
    () => (draft.country ? confirmedStatus(getCountry(draft.country)) : null),
    [draft.country],
  );

  const risky = !!draft.country && isRiskyCountry(draft.country);
  const safetyChoice =
    risky && draft.safety?.country === draft.country ? draft.safety.choice : null;
  const anonymous = safetyChoice === 'anonymous';

  const letters = useMemo<RecipientLetter[]>(() => {
    const byId = new Map([...suggested, ...custom].map((r) => [r.id, r]));
    const a = draft.article;
    return draft.selected
      .map((id) => byId.get(id))
      .filter((r): r is Recipient => !!r)
      .map((recipient) => {
        const input: ComposeInput = {
          sender: draft.sender,
          recipient,
          lang: draft.lang || 'en',
          ask,
          concerns: draft.concerns,
          personal: draft.personal,
          country: draft.country,
          status: confirmed,
          ...(anonymous ? { anonymous: true } : {}),
          ...(a?.include
            ? {
                article: {
                  title: a.title,
                  outlet: a.outlet,
                  url: a.url,
                  passage: a.quote === false ? '' : a.passage,
                },
              }
            : {}),
        };
        const generated = compose(input);
        const edit = draft.edits[recipient.id];
        const letter = edit ? { ...generated, subject: edit.subject, body: edit.body } : generated;
        return {
          recipient,
          input,
          letter,
          generated,
          edited: !!edit,
          template: templateOnly(input),
        };
      });
  }, [draft, suggested, custom, ask, confirmed, anonymous]);

  const issues = useMemo(
    () =>
      validate({
        // An anonymous letter needs no name: its signature stands in for it.
        senderName: anonymous ? 'anonymous' : draft.sender.name,
        recipients: letters.map((l) => l.recipient),
        letters: letters.map((l) => ({
          recipientId: l.recipient.id,
          subject: l.letter.subject,
          body: l.letter.body,
        })),
      }),
    [draft.sender.name, letters, anonymous],
  );

  const recordHandoff = useCallback(
    async (rl: RecipientLetter, channel: Channel, bodyOnClipboard?: boolean) => {
      const rid = rl.recipient.id;
      const prev = handoffs[rid];
      const existing = prev && !prev.sent ? prev.letterId : undefined;
      const a = draftRef.current.article;
      const id = await handOff(
        existing,
        {
          recipient: {
            id: rid,
            name: rl.recipient.name,
            role: roleOf(rl.recipient, rl.letter.lang),
            group: rl.recipient.group,
            country: rl.recipient.country,
            ...(rl.recipient.region ? { region: rl.recipient.region } : {}),
            ...(rl.recipient.email ? { email: rl.recipient.email } : {}),
            ...(rl.recipient.contactForm ? { contactForm: rl.recipient.contactForm } : {}),
            ...(rl.recipient.phone ? { phone: rl.recipient.phone } : {}),
          },
          letter: rl.letter,
          country: draftRef.current.country,
          ask,
          concerns: [...draftRef.current.concerns],
          ...(a?.include
            ? {
                article: {
                  url: a.url,
                  title: a.title,
                  outlet: a.outlet,
                  passage: a.quote === false ? '' : a.passage,
                },
              }
            : {}),
        },
        channel,
      );
      const tried = [...new Set([...(prev && !prev.sent ? (prev.tried ?? []) : []), channel])];
      setHandoffs((h) => ({
        ...h,
        [rid]: {
          letterId: id,
          channel,
          at: new Date().toISOString(),
          sent: false,
          bodyOnClipboard,
          tried,
        },
      }));
      update({ letterIds: { ...draftRef.current.letterIds, [rid]: id } });
      // Trying a channel says nothing about what works: the preference follows confirmations.
      return id;
    },
    [handoffs, ask, update],
  );

  const confirmSent = useCallback(
    async (rid: string, channel?: Channel) => {
      const h = handoffs[rid];
      if (!h) return;
      const via = channel ?? (h.tried?.length === 1 ? h.tried[0] : h.channel);
      await confirmLetterSent(h.letterId, via);
      setHandoffs((all) => ({ ...all, [rid]: { ...h, channel: via ?? h.channel, sent: true } }));
      update({ sent: [...new Set([...draftRef.current.sent, rid])] });
      // The reader's own mail service (webmail or mail app) becomes their e-mail button.
      if (via && EMAIL_CHANNELS.includes(via) && settings?.preferredChannel !== via) {
        void updateSettings({ preferredChannel: via })
          .then(setSettings)
          .catch(() => {});
      }
    },
    [handoffs, update, settings],
  );

  const startOver = useCallback(() => {
    const d = draftRef.current;
    autoSelect.current = true;
    setHandoffs({});
    setAttempted(false);
    commit({
      ...emptyDraft(),
      country: d.country,
      region: d.region,
      sender: d.sender,
      lang: d.lang,
      concerns: [...DEFAULT_CONCERNS],
      selected: suggested.length ? defaultSelection(suggested, d.country) : [],
    });
    autoSelect.current = !suggested.length;
  }, [commit, suggested]);

  const editLetter = useCallback(
    (rid: string, edit: { subject: string; body: string } | null) => {
      const edits = { ...draftRef.current.edits };
      if (edit) edits[rid] = edit;
      else delete edits[rid];
      update({ edits });
    },
    [update],
  );

  const chooseSafety = useCallback(
    (choice: SafetyChoice | null) => {
      const d = draftRef.current;
      if (!choice) {
        const { safety: _, ...rest } = d;
        return commit({ ...rest });
      }
      // Hand edits were made on the named letter: going anonymous takes the name out of them.
      const name = d.sender.name.trim();
      let edits = d.edits;
      if (choice === 'anonymous' && name) {
        const signature = templateFor(d.lang || 'en', d.country).anonymous_signature;
        edits = Object.fromEntries(
          Object.entries(d.edits).map(([rid, e]) => [
            rid,
            {
              subject: e.subject.split(name).join(signature),
              body: e.body.split(name).join(signature),
            },
          ]),
        );
      }
      update({ safety: { country: d.country, choice }, edits });
    },
    [commit, update],
  );

  return {
    editLetter,
    safety: {
      risky,
      choice: safetyChoice,
      anonymous,
      canSend: !risky || safetyChoice === 'anonymous' || safetyChoice === 'named',
      choose: chooseSafety,
    },
    ready,
    draft,
    update,
    setCountry,
    countryConfirmed,
    confirmCountry,
    suggested,
    custom,
    loadingRecipients,
    addCustom,
    ask,
    letters,
    issues,
    attempted,
    setAttempted,
    handoffs,
    recordHandoff,
    confirmSent,
    preferredChannel: settings?.preferredChannel ?? null,
    saveError,
    startOver,
  };
}
