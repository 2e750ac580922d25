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
};

module.exports = { pluginKey, entries };
