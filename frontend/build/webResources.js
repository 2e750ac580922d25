// The web resources this app delivers, read by webpack (to build them) and by the build tests.
// Keys are stable because Java code and atlassian-plugin.xml refer to them.
const { groupId, artifactId } = require('./pluginCoordinates');

const pluginKey = `${groupId}.${artifactId}`;

const entries = {
  // Loaded on every Confluence page: must stay tiny; everything else loads on demand.
  attachments: { source: './frontend/attachments/index.ts', key: 'attachment-actions', contexts: ['atl.general'] },
  // Loaded only by the Configure page.
  admin: { source: './frontend/admin/index.tsx', key: 'admin-page', contexts: ['docsbridge.admin'] },
  // Loaded only by the editor page.
  editor: { source: './frontend/editor/index.ts', key: 'editor-launcher', contexts: ['docsbridge.editor'] },
  // Convert, Download as and New document: loaded on first use by the page script (WRM.require of this private
  // context), never with a page.
  dialogs: { source: './frontend/dialogs/index.tsx', key: 'dialogs', contexts: ['docsbridge.dialogs'] },
  // Who is editing and "saving… / saved as version N" on attachment lists: loaded by the page script (WRM.require of
  // this private context) only where attachments with ONLYOFFICE actions are listed or an editor just closed.
  activity: { source: './frontend/activity/index.ts', key: 'activity', contexts: ['docsbridge.activity'] },
  // "Open in ONLYOFFICE" in Confluence's file preview; the preview loads the media-viewer context when it opens.
  preview: { source: './frontend/preview/index.ts', key: 'preview-button', contexts: ['media-viewer'] },
  // The Confluence file picker (the editor's insert image, compare, mail merge; the preview macro's file): only in
  // its private context, which no page loads; the editor page loads its files on first use (EditorServlet hands
  // their URLs to the launcher), the macro browser's file field with WRM.require of the context.
  picker: { source: './frontend/picker/index.tsx', key: 'file-picker', contexts: ['docsbridge.picker'] },
  // The preview macro's viewers: in no context; the macro requires it on the pages that show one (PreviewMacro).
  previewMacro: { source: './frontend/macro/index.ts', key: 'preview-macro', contexts: [] },
  // Limits the macro browser's file picker to viewable formats; loaded with Confluence's macro browser.
  macroBrowser: { source: './frontend/macroBrowser/index.ts', key: 'preview-macro-fields', contexts: ['macro-browser'] },
};

module.exports = { pluginKey, entries };
