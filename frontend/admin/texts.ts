// Per-setting texts. WRM's jsI18n transformer inlines each getText call that names its key as a string literal, so every key
// is spelled out here instead of being built from the setting's name. texts.test.ts checks that each setting of
// the schema has a label and a help text.
import { format } from '../lib/i18n';
import type { SettingGroup } from './schema';
import type { ValidationCode } from './validation';

type Text = () => string;

export const SETTING_LABELS: Record<string, Text> = {
  docsUrl: () => WRM.I18n.getText('docsbridge.settings.docsUrl.label'),
  docsInternalUrl: () => WRM.I18n.getText('docsbridge.settings.docsInternalUrl.label'),
  confluenceInternalUrl: () => WRM.I18n.getText('docsbridge.settings.confluenceInternalUrl.label'),
  jwtSecret: () => WRM.I18n.getText('docsbridge.settings.jwtSecret.label'),
  jwtHeader: () => WRM.I18n.getText('docsbridge.settings.jwtHeader.label'),
  verifyCertificates: () => WRM.I18n.getText('docsbridge.settings.verifyCertificates.label'),
  lossyEditable: () => WRM.I18n.getText('docsbridge.settings.lossyEditable.label'),
  chat: () => WRM.I18n.getText('docsbridge.settings.chat.label'),
  comments: () => WRM.I18n.getText('docsbridge.settings.comments.label'),
  help: () => WRM.I18n.getText('docsbridge.settings.help.label'),
  feedback: () => WRM.I18n.getText('docsbridge.settings.feedback.label'),
  compactHeader: () => WRM.I18n.getText('docsbridge.settings.compactHeader.label'),
  macros: () => WRM.I18n.getText('docsbridge.settings.macros.label'),
  plugins: () => WRM.I18n.getText('docsbridge.settings.plugins.label'),
  forcesave: () => WRM.I18n.getText('docsbridge.settings.forcesave.label'),
  reviewDisplay: () => WRM.I18n.getText('docsbridge.settings.reviewDisplay.label'),
  maxResultMb: () => WRM.I18n.getText('docsbridge.settings.maxResultMb.label'),
};

export const SETTING_HELP: Record<string, Text> = {
  docsUrl: () => WRM.I18n.getText('docsbridge.settings.docsUrl.help'),
  docsInternalUrl: () => WRM.I18n.getText('docsbridge.settings.docsInternalUrl.help'),
  confluenceInternalUrl: () => WRM.I18n.getText('docsbridge.settings.confluenceInternalUrl.help'),
  jwtSecret: () => WRM.I18n.getText('docsbridge.settings.jwtSecret.help'),
  jwtHeader: () => WRM.I18n.getText('docsbridge.settings.jwtHeader.help'),
  verifyCertificates: () => WRM.I18n.getText('docsbridge.settings.verifyCertificates.help'),
  lossyEditable: () => WRM.I18n.getText('docsbridge.settings.lossyEditable.help'),
  chat: () => WRM.I18n.getText('docsbridge.settings.chat.help'),
  comments: () => WRM.I18n.getText('docsbridge.settings.comments.help'),
  help: () => WRM.I18n.getText('docsbridge.settings.help.help'),
  feedback: () => WRM.I18n.getText('docsbridge.settings.feedback.help'),
  compactHeader: () => WRM.I18n.getText('docsbridge.settings.compactHeader.help'),
  macros: () => WRM.I18n.getText('docsbridge.settings.macros.help'),
  plugins: () => WRM.I18n.getText('docsbridge.settings.plugins.help'),
  forcesave: () => WRM.I18n.getText('docsbridge.settings.forcesave.help'),
  reviewDisplay: () => WRM.I18n.getText('docsbridge.settings.reviewDisplay.help'),
  maxResultMb: () => WRM.I18n.getText('docsbridge.settings.maxResultMb.help'),
};

/** Labels of the `choices` of settings of type "choice", by setting and choice. */
export const CHOICE_LABELS: Record<string, Record<string, Text>> = {
  reviewDisplay: {
    original: () => WRM.I18n.getText('docsbridge.settings.reviewDisplay.original'),
    markup: () => WRM.I18n.getText('docsbridge.settings.reviewDisplay.markup'),
    final: () => WRM.I18n.getText('docsbridge.settings.reviewDisplay.final'),
  },
};

/**
 * The formats an administrator may open for editing in place (settings-schema.json's lossyEditable choices), named
 * for people with the same texts as the Download as dialog, in the document type the formats table gives them
 * (formats.json "type"; formatNames.test.ts checks both stay in step).
 */
export const FORMAT_NAMES: Record<string, Text> = {
  odt: () => WRM.I18n.getText('docsbridge.format.odt'),
  ott: () => WRM.I18n.getText('docsbridge.format.ott'),
  rtf: () => WRM.I18n.getText('docsbridge.format.rtf'),
  txt: () => WRM.I18n.getText('docsbridge.format.txt'),
  epub: () => WRM.I18n.getText('docsbridge.format.epub'),
  fb2: () => WRM.I18n.getText('docsbridge.format.fb2'),
  html: () => WRM.I18n.getText('docsbridge.format.html'),
  ods: () => WRM.I18n.getText('docsbridge.format.ods'),
  ots: () => WRM.I18n.getText('docsbridge.format.ots'),
  csv: () => WRM.I18n.getText('docsbridge.format.csv'),
  tsv: () => WRM.I18n.getText('docsbridge.format.tsv'),
  odp: () => WRM.I18n.getText('docsbridge.format.odp'),
  otp: () => WRM.I18n.getText('docsbridge.format.otp'),
};

export type DocumentType = 'word' | 'cell' | 'slide';

export const FORMAT_TYPES: Record<string, DocumentType> = {
  odt: 'word', ott: 'word', rtf: 'word', txt: 'word', epub: 'word', fb2: 'word', html: 'word',
  ods: 'cell', ots: 'cell', csv: 'cell', tsv: 'cell',
  odp: 'slide', otp: 'slide',
};

export const DOCUMENT_TYPE_TITLES: Record<DocumentType, Text> = {
  word: () => WRM.I18n.getText('docsbridge.admin.formats.group.word'),
  cell: () => WRM.I18n.getText('docsbridge.admin.formats.group.cell'),
  slide: () => WRM.I18n.getText('docsbridge.admin.formats.group.slide'),
};

export function formatName(extension: string): string {
  return FORMAT_NAMES[extension]?.() ?? extension.toUpperCase();
}

export const GROUP_TITLES: Record<SettingGroup, Text> = {
  server: () => WRM.I18n.getText('docsbridge.admin.group.server'),
  security: () => WRM.I18n.getText('docsbridge.admin.group.security'),
  formats: () => WRM.I18n.getText('docsbridge.admin.group.formats'),
  editor: () => WRM.I18n.getText('docsbridge.admin.group.editor'),
};

export const STEP_NAMES: Record<string, Text> = {
  health: () => WRM.I18n.getText('docsbridge.admin.test.step.health'),
  command: () => WRM.I18n.getText('docsbridge.admin.test.step.command'),
  conversion: () => WRM.I18n.getText('docsbridge.admin.test.step.conversion'),
};

/** The server's own messages for the same problems (SettingsValidator), so both sides say the same thing. */
export function validationMessage(code: ValidationCode): string {
  switch (code) {
    case 'urlRequired':
      return format(WRM.I18n.getText('docsbridge.validation.urlRequired'));
    case 'url':
      return format(WRM.I18n.getText('docsbridge.validation.url'));
    case 'header':
      return format(WRM.I18n.getText('docsbridge.validation.header'));
    case 'secret':
      return format(WRM.I18n.getText('docsbridge.validation.secret'));
    case 'secretRequired':
      return format(WRM.I18n.getText('docsbridge.validation.secretRequired'));
  }
}

// Through format() like every other text: '' in the i18n files is one apostrophe (MessageFormat's rule).
export function settingLabel(name: string): string {
  const label = SETTING_LABELS[name];
  return label ? format(label()) : name;
}

export function settingHelp(name: string): string {
  const help = SETTING_HELP[name];
  return help ? format(help()) : '';
}
