// Runs on every Confluence page, so it stays tiny: ONLYOFFICE attachment actions open in a new tab or a dialog
// whose code loads on first use; the attachment list learns about editing sessions (sessions.ts), and the focus
// after a dialog's reload is moved by the activity code it loads (focus.ts). WRM.require comes from the product's
// web-resource manager.
import 'wr-dependency!com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager';
import { onClick } from './clicks';
import { watchSessions } from './sessions';

// Each action label stays on one line: on a narrow screen the actions of a row wrap between labels, never inside
// one ("Edit in / ONLYOFFICE Convert / to DOCX" read as link soup).
const ROW_ACTION_CSS = 'a.docsbridge-open,a.docsbridge-dialog{display:inline-block;white-space:nowrap}';
const style = document.createElement('style');
style.append(ROW_ACTION_CSS);
document.head.appendChild(style);

document.addEventListener('click', onClick);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchSessions);
else watchSessions();
