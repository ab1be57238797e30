/**
 * Letters: compose from campaign building blocks and the reader's own words, render for each
 * channel, validate, and measure how personal a letter is. Plain TypeScript; no UI, no I/O
 * except `drafts.ts` (the composer's autosave on top of lib/db).
 */
export {
  compose,
  townOf,
  withPostcode,
  templateOnly,
  phoneScript,
  subjectFor,
  salutationFor,
  roleSentence,
  orderedConcerns,
  askKey,
  officeKind,
  letterDate,
  statusSentence,
  fill,
  tidy,
  type Sender,
  type LetterRecipient,
  type PersonalText,
  type ArticleCitation,
  type ComposeInput,
  type Letter,
} from './compose';
export {
  mailtoUrl,
  gmailComposeUrl,
  outlookComposeUrl,
  telUrl,
  parseMailto,
  isEmail,
  isPhone,
  webUrl,
  crlf,
  oneLine,
  MAILTO_MAX,
  MAILTO_MAX_WINDOWS,
  GMAIL_MAX,
  OUTLOOK_MAX,
  WEBMAIL_MAX,
  mailtoMax,
  type ChannelLink,
  type MailFields,
} from './channels';
export { printDocument, type PostalRecipient, type PostalSender } from './print';
export {
  validate,
  charCount,
  SUBJECT_MAX,
  BODY_MAX,
  type ValidationCode,
  type ValidationIssue,
  type ValidationInput,
  type ValidatedRecipient,
} from './validate';
export { similarity, wordCount } from './similarity';
export {
  checkOwnRecipient,
  cleanText,
  OWN_RECIPIENT_MAX,
  type OwnRecipientCheck,
  type OwnRecipientError,
  type OwnRecipientField,
  type OwnRecipientFields,
  type OwnRecipientInput,
} from './own-recipient';
export { encodeContext, decodeContext, type ArticleContext } from './context';
export { confirmedStatus, type ConfirmedStatus } from './status';
export {
  templateLanguages,
  templateFor,
  templateTag,
  registry as templates,
  variants as templateVariants,
  checkTemplates,
  CONCERN_IDS,
  ASKS,
  GROUPS,
  ROLES,
  type ConcernId,
  type LetterAsk,
  type LetterGroup,
  type RoleId,
  type LetterTemplate,
  type OfficeKind,
} from './templates';
export {
  defaultSelection,
  channelsFor,
  primaryChannel,
  roleOf,
  DEFAULT_CONCERNS,
  defaultLetterLang,
  type SendChannel,
} from './recipients';
