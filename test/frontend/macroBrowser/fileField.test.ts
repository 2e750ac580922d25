// The preview macro's file field in the macro browser: the app's file picker chooses `name` and fills `page`,
// through the override Confluence's macro browser offers (setMacroJsOverride with fields by type and name).
import { currentPageId, fileChoiceOverride, useFilePicker, type MacroField, type MacroWindow } from '../../../frontend/macroBrowser/fileField';

// The jQuery calls the macro browser makes on a field (attr, addClass), on a real element.
function $(el: Element) {
  return {
    0: el,
    attr(name: string, value?: string) {
      if (value === undefined) return el.getAttribute(name);
      el.setAttribute(name, value);
      return this;
    },
  };
}

type Override = { fields: Record<string, Record<string, (param: unknown) => MacroField>> };

let win: MacroWindow;
let fields: Record<string, MacroField>;
const required: string[] = [];
let paramChanged: jest.Mock;

beforeEach(() => {
  document.head.innerHTML = '<meta name="ajs-page-id" content="1001">';
  document.body.innerHTML = '';
  required.length = 0;
  fields = {};
  win = window as MacroWindow;
  paramChanged = jest.fn();
  win.AJS = { $: $ as never, MacroBrowser: { setMacroJsOverride: jest.fn(), fields, paramChanged } };
  (globalThis as unknown as { WRM: { require: (r: string) => Promise<void> } }).WRM.require = (r: string) => {
    required.push(r);
    return Promise.resolve();
  };
  win.docsbridgePicker = undefined;
  global.fetch = jest.fn();
});

function make(): { page: MacroField; name: MacroField } {
  const override = fileChoiceOverride(win) as Override;
  const page = override.fields['confluence-content'].page.call(override, { name: 'page' });
  const name = override.fields.attachment.name.call(override, { name: 'name', required: true });
  fields.page = page;
  fields.name = name;
  for (const f of [page, name]) document.body.append(f.paramDiv[0] as Element);
  return { page, name };
}

/** What fetch resolves with: the parts of a Response that pageRef reads. */
const answer = (status: number, body: unknown) => ({ ok: status < 300, status, json: async () => body });

const chooseButton = () => document.querySelector<HTMLButtonElement>('button.docsbridge-macro-choose')!;
const settle = () => new Promise((r) => setTimeout(r, 0));

test('registers with the macro browser for the preview macro; without the macro browser nothing happens', () => {
  expect(useFilePicker(win)).toBe(true);
  expect(win.AJS!.MacroBrowser!.setMacroJsOverride).toHaveBeenCalledWith('onlyoffice-preview', expect.objectContaining({ fields: expect.any(Object) }));
  expect(useFilePicker({ AJS: {} } as MacroWindow)).toBe(false);
});

test('the fields are what the macro browser expects: a div with a label and a read-only input holding the value', () => {
  const { page, name } = make();
  expect((name.paramDiv[0] as Element).querySelector('label')).not.toBeNull();
  const input = name.input[0] as HTMLInputElement;
  // Without the browser's Field, a change still tells the browser to re-check the required parameters.
  expect(paramChanged).not.toHaveBeenCalled();
  expect(input.readOnly).toBe(true);
  expect(input.placeholder).toBe('No file chosen');
  expect((page.input[0] as HTMLInputElement).placeholder).toBe('This page');
  // Editing a macro: the browser sets the stored values; a change event lets it re-check required parameters.
  const changed = jest.fn();
  input.addEventListener('change', changed);
  name.setValue('Report.docx');
  expect(name.getValue()).toBe('Report.docx');
  expect(input.value).toBe('Report.docx');
  expect(changed).toHaveBeenCalled();
  expect(paramChanged).toHaveBeenCalled();
  expect(chooseButton().textContent).toBe('Choose file…');
});

test('a file of this page: the picker loads on first use, `name` is its name and `page` stays empty', async () => {
  const { page, name } = make();
  page.setValue('DEV:Old page');
  const chooseFile = jest.fn().mockResolvedValue({ id: 5, pageId: 1001, fileName: 'Budget.xlsx' });
  (globalThis as unknown as { WRM: { require: (r: string) => Promise<void> } }).WRM.require = (r: string) => {
    required.push(r);
    win.docsbridgePicker = { chooseFile } as never;
    return Promise.resolve();
  };
  chooseButton().click();
  await settle();
  await settle();
  expect(required).toEqual(['wrc!docsbridge.picker']);
  expect(chooseFile).toHaveBeenCalledWith({ pageId: 1001 });
  expect(name.getValue()).toBe('Budget.xlsx');
  expect(page.getValue()).toBe('');
  expect(global.fetch).not.toHaveBeenCalled();
});

test('a file of another page or a blog post: `page` is written as Confluence writes it (SPACE:Title, SPACE:/yyyy/MM/dd/Title)', async () => {
  const { page, name } = make();
  win.docsbridgePicker = { chooseFile: jest.fn().mockResolvedValueOnce({ id: 7, pageId: 1002, fileName: 'Notes.docx' }).mockResolvedValueOnce({ id: 8, pageId: 1003, fileName: 'Plan.pdf' }) } as never;
  (global.fetch as jest.Mock)
    .mockResolvedValueOnce(answer(200, { type: 'page', title: 'Meeting: notes', space: { key: 'DEV' } }))
    .mockResolvedValueOnce(answer(200, { type: 'blogpost', title: 'Release notes', space: { key: 'DEV' }, history: { createdDate: '2026-11-02T09:00:00.000+01:00' } }));
  chooseButton().click();
  await settle();
  await settle();
  expect((global.fetch as jest.Mock).mock.calls[0][0]).toBe('/confluence/rest/api/content/1002?expand=space,history');
  expect(page.getValue()).toBe('DEV:Meeting: notes');
  expect(name.getValue()).toBe('Notes.docx');
  chooseButton().click();
  await settle();
  await settle();
  expect(page.getValue()).toBe('DEV:/2026/11/02/Release notes');
  expect(name.getValue()).toBe('Plan.pdf');
});

test('cancelling changes nothing; a failure says what happened and changes nothing', async () => {
  const { page, name } = make();
  name.setValue('Report.docx');
  win.docsbridgePicker = { chooseFile: jest.fn().mockResolvedValueOnce(null).mockResolvedValueOnce({ id: 7, pageId: 1002, fileName: 'Notes.docx' }) } as never;
  chooseButton().click();
  await settle();
  expect(name.getValue()).toBe('Report.docx');
  (global.fetch as jest.Mock).mockResolvedValueOnce(answer(404, {}));
  chooseButton().click();
  await settle();
  await settle();
  expect(name.getValue()).toBe('Report.docx');
  expect(page.getValue()).toBe('');
  const problem = document.querySelector('[role="alert"]')!;
  expect(problem.textContent).toBe('The file could not be chosen (HTTP 404). Try again; if it keeps happening, reload the page.');
  expect(chooseButton().disabled).toBe(false);
});

test('with the browser\'s own Field, the field is built by it (which binds change to paramChanged)', () => {
  const built = { paramDiv: 'div', input: 'input', setValue: jest.fn(), getValue: jest.fn() };
  const Field = jest.fn().mockReturnValue(built);
  win.AJS!.MacroBrowser!.Field = Field as never;
  const override = fileChoiceOverride(win) as Override;
  expect(override.fields.attachment.name.call(override, { name: 'name' })).toBe(built);
  const [div, input, options] = Field.mock.calls[0];
  expect((div[0] as Element).querySelector('label')).not.toBeNull();
  expect((input[0] as HTMLInputElement).readOnly).toBe(true);
  options.setValue('Report.docx');
  expect(options.getValue()).toBe('Report.docx');
});

test('the page being edited: its id, or the draft\'s for a page not saved yet', () => {
  expect(currentPageId(document)).toBe(1001);
  document.head.innerHTML = '<meta name="ajs-page-id" content="0"><meta name="ajs-content-id" content="4242">';
  expect(currentPageId(document)).toBe(4242);
});
