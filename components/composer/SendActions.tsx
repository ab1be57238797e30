import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Channel } from '../../lib/db';
import { formatDate, formatList, t } from '../../lib/i18n';
import {
  channelsFor,
  gmailComposeUrl,
  mailtoMax,
  mailtoUrl,
  outlookComposeUrl,
  phoneScript,
  printDocument,
  roleOf,
  telUrl,
  validate,
  type ChannelLink,
  type ValidationIssue,
} from '../../lib/letters';
import { FieldError } from './FieldError';
import { EMAIL_CHANNELS, type ComposerModel, type RecipientLetter } from './useComposer';

/**
 * The recipient's channels, best first (lib/letters channelsFor). The reader's confirmed
 * e-mail service (Gmail rather than the mail app, say) may lead the e-mail channels, but a
 * channel tried once never displaces the recipient's best one.
 */
export function bestFirst(channels: readonly Channel[], pref: Channel | null): Channel[] {
  if (!pref || !EMAIL_CHANNELS.includes(pref) || !channels.includes(pref)) return [...channels];
  const first = channels.findIndex((c) => EMAIL_CHANNELS.includes(c));
  const rest = channels.filter((c) => c !== pref);
  return [...rest.slice(0, first), pref, ...rest.slice(first)];
}

let platformOs: Promise<string | null> | null = null;

/**
 * The operating system ('win', 'mac', 'linux', …): how long a mailto: link may be depends on it
 * (lib/letters/channels.ts). Null until known, which counts as the strictest.
 */
function usePlatformOs(): string | null {
  const [os, setOs] = useState<string | null>(null);
  useEffect(() => {
    platformOs ??= Promise.resolve()
      .then(() => browser.runtime.getPlatformInfo())
      .then((p) => String(p.os))
      .catch(() => null);
    void platformOs.then(setOs);
  }, []);
  return os;
}

/** Props of the per-recipient send actions. */
export interface SendActionsProps {
  model: ComposerModel;
  rl: RecipientLetter;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Hand a URL to the OS (mailto:, tel:) the way a link click would. */
function openExternal(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  a.click();
}

function openTab(url: string): void {
  void browser.tabs.create({ url }).catch(() => window.open(url, '_blank', 'noopener'));
}

function printLetter(doc: Document): void {
  const frame = document.createElement('iframe');
  frame.className = 'tl-visually-hidden';
  frame.title = doc.title;
  document.body.append(frame);
  const target = frame.contentDocument;
  const win = frame.contentWindow;
  if (!target || !win) return frame.remove();
  target.replaceChild(target.importNode(doc.documentElement, true), target.documentElement);
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
}

/** Send buttons for one recipient's letter, and its honest state: handed off → "I sent it". */
export function SendActions({ model, rl }: SendActionsProps) {
  const r = rl.recipient;
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [script, setScript] = useState(false);
  const [busy, setBusy] = useState(false);
  const h = model.handoffs[r.id];
  // "I sent it" replaces itself with the sent state: focus that state, so focus never falls
  // to <body> after pressing it (issue 18, item 13).
  const stateBox = useRef<HTMLDivElement>(null);
  const group = useRef<HTMLDivElement>(null);
  // A hand-off re-renders (and may re-order) the buttons, which can drop focus to <body>; for a
  // few seconds after a press, any render that finds focus there gives it back to the button
  // pressed (issue 18, item 13).
  const refocus = useRef<{ channel: Channel; until: number } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    if (Date.now() > want.until) return void (refocus.current = null);
    const active = document.activeElement;
    if (active && active !== document.body) return;
    group.current?.querySelector<HTMLElement>(`[data-testid="send-${want.channel}"]`)?.focus();
  });
  const [focusState, setFocusState] = useState(false);
  useEffect(() => {
    if (focusState && h?.sent && stateBox.current) {
      stateBox.current.focus();
      setFocusState(false);
    }
  });
  // A call gives the caller's name and number: not offered for a letter sent without a name.
  const channels = channelsFor(r).filter((c) => !(model.safety.anonymous && c === 'phone'));
  const ordered = bestFirst(channels, model.preferredChannel);
  const mail = { to: r.email ? [r.email] : [], subject: rl.letter.subject, body: rl.letter.body };
  const tel = r.phone ? telUrl(r.phone, r.country) : null;
  const os = usePlatformOs();
  // The e-mail links as they will be handed off, known before the click: a letter too long
  // for a channel's link is said beside the buttons, not after (issue 18 item 7).
  const linkFor = (c: Channel): ChannelLink | undefined => {
    try {
      if (c === 'mailto') return mailtoUrl(mail, mailtoMax(os));
      if (c === 'gmail') return gmailComposeUrl(mail);
      if (c === 'outlook') return outlookComposeUrl(mail);
    } catch {
      return undefined;
    }
    return undefined;
  };
  const tooLong = ordered.filter((c) => EMAIL_CHANNELS.includes(c) && linkFor(c)?.bodyOnClipboard);
  const fitNoteId = `tlc-fit-${r.id.replace(/[^\w-]/g, '_')}`;

  const hrefFor = (c: Channel): string | undefined => {
    try {
      if (c === 'mailto' || c === 'gmail' || c === 'outlook') return linkFor(c)?.url;
      if (c === 'form') return r.contactForm;
      if (c === 'web') return r.url;
    } catch {
      return undefined;
    }
    return undefined;
  };

  const act = async (c: Channel, e?: Event) => {
    e?.preventDefault();
    if (busy) return;
    refocus.current = { channel: c, until: Date.now() + 3000 };
    model.setAttempted(true);
    const found = validate({
      senderName: model.safety.anonymous ? 'anonymous' : model.draft.sender.name,
      recipients: [r],
      letters: [{ recipientId: r.id, subject: rl.letter.subject, body: rl.letter.body }],
      channel: c,
    });
    setIssues(found);
    if (found.length) return;
    if (c === 'phone') {
      setScript(true);
      return;
    }
    setBusy(true);
    try {
      let onClipboard = false;
      let url: string | undefined;
      if (c === 'mailto' || c === 'gmail' || c === 'outlook') {
        const link = linkFor(c);
        if (!link) return;
        url = link.url;
        // Within the click itself: copy, and hand mailto: to the OS while the click still
        // counts as a user gesture (a slow ledger write must not let it expire); the ledger
        // write follows at once, before the mail app has a window to take focus.
        const copied = link.bodyOnClipboard ? copy(rl.letter.body) : Promise.resolve(false);
        if (c === 'mailto') openExternal(url);
        onClipboard = await copied;
      } else if (c === 'clipboard' || c === 'form' || c === 'web') {
        onClipboard = await copy(rl.letter.body);
        if (!onClipboard) setNote(t('composer_copy_failed'));
        url = c === 'form' ? r.contactForm : c === 'web' ? r.url : undefined;
      }
      // Record before leaving: the popup closes as soon as another window takes focus.
      await model.recordHandoff(rl, c, onClipboard);
      setNote(
        c === 'clipboard'
          ? t('composer_copied')
          : onClipboard
            ? t(
                c === 'form'
                  ? 'composer_form_copied'
                  : c === 'web'
                    ? 'composer_web_copied'
                    : 'composer_body_on_clipboard',
              )
            : null,
      );
      if (c === 'print') {
        printLetter(
          printDocument(
            rl.letter,
            { name: r.name, role: roleOf(r, rl.letter.lang), postal: r.postal },
            {
              name: model.safety.anonymous ? '' : model.draft.sender.name,
              city: model.draft.sender.city,
            },
          ),
        );
      } else if (url && c !== 'mailto') openTab(url);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      class="tlc-send"
      aria-label={t('composer_send_to', { name: r.name })}
      role="group"
      ref={group}
    >
      <p class="tlc-label">{t('composer_send_to', { name: r.name })}</p>
      <div class="tlc-send-buttons">
        {ordered.map((c, k) => {
          const href = hrefFor(c);
          const cls = `tlc-btn ${k === 0 ? 'tlc-btn--primary' : ''}`;
          return href ? (
            <a
              key={c}
              class={cls}
              href={href}
              target={c === 'mailto' ? undefined : '_blank'}
              rel="noopener"
              onClick={(e) => void act(c, e)}
              aria-disabled={busy ? 'true' : undefined}
              aria-describedby={tooLong.includes(c) ? fitNoteId : undefined}
              data-testid={`send-${c}`}
            >
              {t(`composer_channel_${c}`)}
            </a>
          ) : (
            // aria-disabled, not disabled: a focused button that becomes disabled drops focus
            // to <body> (issue 18, item 13); `act` ignores presses while busy.
            <button
              key={c}
              type="button"
              class={cls}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => void act(c)}
              data-testid={`send-${c}`}
            >
              {t(`composer_channel_${c}`)}
            </button>
          );
        })}
      </div>
      {tooLong.length ? (
        <p class="tlc-small tlc-muted tlc-fit" id={fitNoteId} data-testid="body-will-copy">
          {t('composer_body_will_copy', {
            channels: formatList(tooLong.map((c) => t(`composer_channel_${c}`))),
          })}
        </p>
      ) : null}
      {issues.map((x) => (
        <FieldError key={`${x.code}-${x.field}`} issue={x} />
      ))}
      {script ? (
        <div class="tlc-script">
          <p class="tlc-label">{t('composer_phone_script')}</p>
          <pre class="tlc-script-text" dir={rl.letter.dir} lang={rl.letter.lang}>
            {phoneScript(rl.input)}
          </pre>
          {tel ? (
            <a
              class="tlc-btn tlc-btn--primary"
              href={tel}
              onClick={(e) =>
                void (async () => {
                  e.preventDefault();
                  await model.recordHandoff(rl, 'phone');
                  openExternal(tel);
                })()
              }
              data-testid="call"
            >
              {t('composer_call', { phone: r.phone ?? '' })}
            </a>
          ) : null}
        </div>
      ) : null}
      {note ? (
        <p class="tlc-note" role="status">
          {note}
        </p>
      ) : null}
      {h ? (
        <div
          class={`tlc-state ${h.sent ? 'tlc-state--sent' : ''}`}
          role="status"
          data-testid="handoff-state"
          ref={stateBox}
          tabIndex={-1}
        >
          {h.sent ? (
            <p>
              {t('composer_state_sent', {
                time: formatDate(h.at, undefined, { timeStyle: 'short', dateStyle: 'medium' }),
              })}
            </p>
          ) : (
            <>
              <p>
                {t(`composer_state_${h.channel}`, {
                  time: formatDate(h.at, undefined, { timeStyle: 'short' }),
                })}{' '}
                {t('composer_state_pending')}
              </p>
              {(h.tried?.length ?? 0) > 1 ? (
                // Several channels tried: the reader says which one carried the letter.
                <div class="tlc-send-buttons" role="group" aria-label={t('composer_i_sent_it')}>
                  {h.tried!.map((c) => (
                    <button
                      key={c}
                      type="button"
                      class="tlc-btn"
                      onClick={() => {
                        refocus.current = null;
                        setFocusState(true);
                        void model.confirmSent(r.id, c);
                      }}
                      data-testid={`confirm-sent-${c}`}
                    >
                      {t('composer_i_sent_it_via', { channel: t(`composer_channel_${c}`) })}
                    </button>
                  ))}
                </div>
              ) : (
                <button
                  type="button"
                  class="tlc-btn tlc-btn--primary"
                  onClick={() => {
                    refocus.current = null;
                    setFocusState(true);
                    void model.confirmSent(r.id);
                  }}
                  data-testid="confirm-sent"
                >
                  {t('composer_i_sent_it')}
                </button>
              )}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
