// The preview macro's file is chosen with the app's Confluence file picker (frontend/picker) instead of the macro
// browser's own attachment drop-down: a file of this page or of any page the user can see, in a format ONLYOFFICE
// can display. The parameters stay the connector's: `name` (the file name) and `page` (empty for this page, else
// `SPACE:Title` or `SPACE:/yyyy/MM/dd/Title` for a blog post, as Confluence's own content field writes them).
//
// How Confluence's macro browser lets an app replace a parameter's field (macro-browser-js of
// com.atlassian.confluence.plugins.confluence-macro-browser, js/macro-browser-editor.js and macro-browser.js;
// decisions/0008): AJS.MacroBrowser.setMacroJsOverride(macroName, override) stores the override; for each parameter
// the browser looks up override.fields[type], a function or an object keyed by parameter name, and calls it with
// the override as `this` and the parameter's metadata; the field it returns is {paramDiv, input, setValue, getValue}
// with jQuery objects. The browser then gives the div the id macro-param-div-NAME and the input the class
// macro-param-input and the id macro-param-NAME, writes the label, calls setValue with the stored value, and on
// Insert reads the value back with $('#macro-param-NAME').val(). Apps do the same (e.g. "md-share":
// fields: {string: {attachment: fn}}; ConDec: fields: {enum: {project: fn}}).
import { format } from '../lib/i18n';
import { pageRef } from './pageRef';

export const MACRO_NAME = 'onlyoffice-preview';

type JQ = {
  attr(name: string, value?: string): unknown;
  [method: string]: unknown;
};

export interface MacroField {
  paramDiv: JQ;
  input: JQ;
  setValue(value: string): void;
  getValue(): string;
}

export interface MacroParam {
  name: string;
  required?: boolean;
}

interface MacroBrowser {
  setMacroJsOverride?: (macroName: string, override: unknown) => unknown;
  Field?: (paramDiv: JQ, input: JQ, options: { setValue(value: string): void; getValue(): string }) => MacroField;
  paramChanged?: () => void;
  fields?: Record<string, MacroField | undefined>;
}

export interface ChosenFile {
  id: number;
  pageId: number;
  fileName: string;
}

export type MacroWindow = Window & {
  AJS?: { $?: (el: Element) => JQ; MacroBrowser?: MacroBrowser };
  docsbridgePicker?: { chooseFile(request: { pageId: number }): Promise<ChosenFile | null> };
};

/** The page being edited: Confluence's ajs-page-id, or for a page not saved yet its draft (ajs-content-id). */
export function currentPageId(doc: Document): number {
  for (const name of ['ajs-page-id', 'ajs-content-id']) {
    const value = Number(doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '');
    if (Number.isInteger(value) && value > 0) return value;
  }
  return 0;
}

/** The picker bundle, loaded on first use through its private web-resource context. */
async function picker(win: MacroWindow): Promise<NonNullable<MacroWindow['docsbridgePicker']>> {
  if (!win.docsbridgePicker) await WRM.require('wrc!docsbridge.picker');
  if (!win.docsbridgePicker) throw new Error('file picker missing');
  return win.docsbridgePicker;
}

function textInput(doc: Document, placeholder: string): HTMLInputElement {
  const input = doc.createElement('input');
  input.type = 'text';
  input.className = 'text';
  input.readOnly = true;
  input.placeholder = placeholder;
  return input;
}

/** A field of the macro browser: the div with its (browser-filled) label, and a read-only input the value lives in. */
function field(win: MacroWindow, input: HTMLInputElement, extra: HTMLElement[]): MacroField {
  const doc = win.document;
  const div = doc.createElement('div');
  div.className = 'macro-param-div';
  div.append(doc.createElement('label'), input, ...extra);
  const $ = win.AJS!.$!;
  const options = {
    setValue(value: string) {
      input.value = value ?? '';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    getValue: () => input.value,
  };
  // Built with the browser's own Field (macro-browser-fields.js), which binds the input's change event to
  // paramChanged: that re-checks the required parameters, so Insert is enabled once a file is chosen. A field
  // without it would leave Insert disabled.
  const browser = win.AJS?.MacroBrowser;
  if (typeof browser?.Field === 'function') return browser.Field($(div), $(input), options);
  input.addEventListener('change', () => browser?.paramChanged?.());
  return { paramDiv: $(div), input: $(input), ...options };
}

function pageField(win: MacroWindow): MacroField {
  return field(win, textInput(win.document, WRM.I18n.getText('docsbridge.macro.page.current')), []);
}

function fileField(win: MacroWindow): MacroField {
  const doc = win.document;
  const input = textInput(doc, WRM.I18n.getText('docsbridge.macro.file.none'));
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'aui-button docsbridge-macro-choose';
  button.textContent = WRM.I18n.getText('docsbridge.macro.file.choose');
  const problem = doc.createElement('div');
  problem.className = 'error docsbridge-macro-problem';
  problem.setAttribute('role', 'alert');
  problem.id = 'docsbridge-macro-problem';
  const chosen = field(win, input, [button, problem]);

  button.addEventListener('click', async () => {
    problem.textContent = '';
    button.disabled = true;
    try {
      const here = currentPageId(doc);
      const file = await (await picker(win)).chooseFile({ pageId: here });
      if (!file) return;
      const page = file.pageId === here ? '' : await pageRef(file.pageId);
      win.AJS?.MacroBrowser?.fields?.page?.setValue(page);
      chosen.setValue(file.fileName);
      input.focus();
    } catch (e) {
      problem.textContent = format(WRM.I18n.getText('docsbridge.macro.file.failed'), e instanceof Error ? e.message : String(e));
    } finally {
      button.disabled = false;
    }
  });
  return chosen;
}

/** The override for the preview macro: the picker chooses `name` and fills `page`. */
export function fileChoiceOverride(win: MacroWindow): unknown {
  return {
    fields: {
      attachment: { name: () => fileField(win) },
      'confluence-content': { page: () => pageField(win) },
    },
  };
}

/** False when the product's macro browser is not there. */
export function useFilePicker(win: MacroWindow): boolean {
  const browser = win.AJS?.MacroBrowser;
  if (typeof browser?.setMacroJsOverride !== 'function' || typeof win.AJS?.$ !== 'function') return false;
  browser.setMacroJsOverride(MACRO_NAME, fileChoiceOverride(win));
  return true;
}
