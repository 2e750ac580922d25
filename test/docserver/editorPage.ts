// The editor iframe: a small but real page (title, mode, users, document text, a text box, Close),
// driven by browser/editor.js. Element ids are a contract with browser tests; see README.md.
import { readFileSync } from 'fs';
import { join } from 'path';

export const EDITOR_APPS = ['documenteditor', 'spreadsheeteditor', 'presentationeditor', 'pdfeditor', 'visioeditor'] as const;
/** /web-apps/apps/<editor>/<main|mobile|embed>/<file> */
export const EDITOR_PATH = new RegExp(`^/web-apps/apps/(${EDITOR_APPS.join('|')})/(main|mobile|embed)/(index\\.html|sim-editor\\.js|sim-people\\.js|sim-links\\.js)$`);

export const editorScript = readFileSync(join(__dirname, 'browser', 'editor.js'), 'utf8');
/** Mentions, protected-range people and avatars (browser/people.js), on top of editor.js. */
export const peopleScript = readFileSync(join(__dirname, 'browser', 'people.js'), 'utf8');
/** Spreadsheets' external links: copy, paste link, Update values, Change source, Open source (browser/links.js). */
export const linksScript = readFileSync(join(__dirname, 'browser', 'links.js'), 'utf8');

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#172b4d;background:#f4f5f7}
header{display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:8px 12px;background:#fff;border-bottom:1px solid #dfe1e6}
h1{font-size:16px;margin:0;flex:1 1 16em;min-width:16em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#sim-mode{font-weight:600}#sim-status{color:#5e6c84}
main{display:grid;grid-template-columns:180px 1fr;gap:12px;padding:12px}
#sim-document{background:#fff;border:1px solid #dfe1e6;padding:12px;min-height:120px}
#sim-document p{margin:0 0 6px}
#sim-text{grid-column:2;width:100%;box-sizing:border-box;font:inherit}
#sim-error{margin:12px;padding:8px 12px;background:#ffebe6;border:1px solid #de350b}
ul{padding-left:18px;margin:0}h2{font-size:13px;margin:0 0 6px}
#sim-history-panel{margin:0 12px 12px;padding:8px 12px;background:#fff;border:1px solid #dfe1e6}
#sim-history-list{list-style:none;padding:0;margin:0 0 8px}
#sim-history-list li{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:4px 0;border-bottom:1px solid #f4f5f7}
#sim-history-list li[aria-current=true]{font-weight:600}
.sim-avatar{width:24px;height:24px;border-radius:50%}
.sim-comment{color:#5e6c84;font-style:italic}
#sim-version-doc{border:1px solid #dfe1e6;padding:8px;min-height:40px}
#sim-version-doc p{margin:0 0 4px}
#sim-version-points{margin:8px 0 0;padding-left:18px}#sim-version-points li{display:flex;gap:8px;align-items:center;padding:2px 0}
mark{background:#fff0b3}
#sim-message{margin:0 12px 12px;padding:6px 12px;background:#deebff}
#sim-people-panel{margin:0 12px 12px;padding:8px 12px;background:#fff;border:1px solid #dfe1e6}
#sim-people-list{list-style:none;padding:0;margin:8px 0}#sim-people-list li{display:flex;gap:8px;align-items:center;padding:2px 0}
#sim-people-list li[aria-selected=true]{font-weight:600}
#sim-comments{margin:0 12px 12px}#sim-comments li{padding:4px 0}
.sim-user-avatar{width:16px;height:16px;border-radius:50%;vertical-align:middle;margin-right:4px}
#sim-links-panel{margin:0 12px 12px;padding:8px 12px;background:#fff;border:1px solid #dfe1e6}
#sim-links-list{list-style:none;padding:0;margin:8px 0}#sim-links-list li{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:4px 0;border-bottom:1px solid #f4f5f7}
#sim-links-error{padding:6px 12px;background:#ffebe6;border:1px solid #de350b}`;

export function editorPage(app: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ONLYOFFICE Docs simulator</title>
<style>${STYLE}</style>
</head>
<body data-state="loading" data-editor="${app}">
<header>
  <h1 id="sim-title">Loading…</h1>
  <span id="sim-mode"></span>
  <span id="sim-status" role="status" aria-live="polite"></span>
  <button id="sim-save" type="button" hidden>Save</button>
  <button id="sim-insert-image" type="button" hidden>Insert image</button>
  <button id="sim-compare" type="button" hidden>Compare</button>
  <button id="sim-mail-merge" type="button" hidden>Mail merge</button>
  <button id="sim-history" type="button" hidden>Version History</button>
  <span id="sim-file-actions">
    <select id="sim-save-as-type" aria-label="Format of the copy" hidden></select>
    <button id="sim-save-as" type="button" hidden>Save copy as</button>
    <input id="sim-rename-title" aria-label="New name, without the extension" hidden>
    <button id="sim-rename" type="button" hidden>Rename</button>
    <button id="sim-edit-rights" type="button" hidden>Edit current file</button>
    <button id="sim-make-link" type="button" hidden>Get link to bookmark</button>
    <button id="sim-create-new" type="button" hidden>Create new</button>
  </span>
  <button id="sim-mention" type="button" hidden>Comment with mention</button>
  <button id="sim-protect" type="button" hidden>Protect range</button>
  <button id="sim-close" type="button">Close</button>
</header>
<div id="sim-error" role="alert" hidden></div>
<div id="sim-message" role="status" hidden></div>
<p id="sim-action-link" hidden></p>
<p id="sim-action-target" hidden></p>
<section id="sim-history-panel" aria-label="Version history" hidden>
  <h2>Version history</h2>
  <p id="sim-history-status" role="status"></p>
  <ol id="sim-history-list"></ol>
  <section id="sim-version" aria-label="Version preview" hidden>
    <h2 id="sim-version-title"></h2>
    <p id="sim-version-note"></p>
    <div id="sim-version-doc"></div>
    <ol id="sim-version-points" aria-label="Changes in this version" hidden></ol>
  </section>
  <button id="sim-history-close" type="button" hidden>Close history</button>
</section>
<section id="sim-people-panel" aria-label="People" hidden>
  <h2 id="sim-people-title">Mention people</h2>
  <label>Find people <input id="sim-people-search" type="search" autocomplete="off"></label>
  <p id="sim-people-status" role="status"></p>
  <ul id="sim-people-list" role="listbox" aria-label="People found"></ul>
  <div id="sim-comment-form">
    <label>Comment <textarea id="sim-comment-text" rows="2"></textarea></label>
    <button id="sim-comment-add" type="button">Add comment</button>
  </div>
  <button id="sim-people-close" type="button">Close</button>
</section>
<section id="sim-links-panel" aria-label="External links" hidden>
  <h2>External links</h2>
  <button id="sim-copy-cells" type="button">Copy cells</button>
  <button id="sim-paste-link" type="button" hidden>Paste link</button>
  <label>Formula <input id="sim-link-formula" placeholder="='[Budget.xlsx]Sheet1'!A1" autocomplete="off"></label>
  <button id="sim-link-formula-add" type="button" hidden>Enter formula</button>
  <div id="sim-links-error" role="alert" hidden></div>
  <ul id="sim-links-list" aria-label="Linked sources"></ul>
</section>
<section aria-label="Comments"><ol id="sim-comments" role="log"></ol></section>
<main>
  <section aria-label="Connected users"><h2>Users</h2><ul id="sim-users"></ul></section>
  <section aria-label="Document"><div id="sim-document"></div></section>
  <section aria-label="Inserted files"><ul id="sim-inserted" role="log"></ul></section>
  <textarea id="sim-text" aria-label="Document text" rows="6" placeholder="Type here; each line becomes a paragraph"></textarea>
</main>
<script src="sim-editor.js"></script>
<script src="sim-people.js"></script>
<script src="sim-links.js"></script>
</body>
</html>
`;
}
