import type { ViewerAnswer } from './viewerApi';

/** The text shown in place of a viewer that cannot open (never the file's name: the answer may be "no access"). */
export function problemText(error: ViewerAnswer['error'] | 'UNREACHABLE' | 'FAILED'): { title: string; text: string } {
  switch (error) {
    case 'NOT_FOUND':
      return {
        title: WRM.I18n.getText('docsbridge.preview.gone.title'),
        text: WRM.I18n.getText('docsbridge.preview.gone.message'),
      };
    case 'UNSUPPORTED':
      return {
        title: WRM.I18n.getText('docsbridge.preview.unsupported.title'),
        text: WRM.I18n.getText('docsbridge.preview.unsupported.short'),
      };
    case 'TOO_LARGE':
      return {
        title: WRM.I18n.getText('docsbridge.preview.tooLarge.title'),
        text: WRM.I18n.getText('docsbridge.preview.tooLarge.short'),
      };
    case 'NOT_CONFIGURED':
      return {
        title: WRM.I18n.getText('docsbridge.preview.notConfigured.title'),
        text: WRM.I18n.getText('docsbridge.preview.notConfigured.message'),
      };
    case 'UNREACHABLE':
      return {
        title: WRM.I18n.getText('docsbridge.preview.unreachable.title'),
        text: WRM.I18n.getText('docsbridge.preview.unreachable.message'),
      };
    default:
      return {
        title: WRM.I18n.getText('docsbridge.preview.error.title'),
        text: WRM.I18n.getText('docsbridge.preview.error.message'),
      };
  }
}
