// Globals the product provides on every page. Only frontend/lib reads them, except I18n.getText, whose calls
// must stay literal (WRM.I18n.getText('key')) so that the server-side jsI18n transformer can inline the text.
declare global {
  interface WrmI18n {
    getText(key: string): string;
  }
  interface Wrm {
    I18n: WrmI18n;
    contextPath(): string;
    require(resources: string | string[]): PromiseLike<unknown>;
  }
  const WRM: Wrm;
}

export {};
