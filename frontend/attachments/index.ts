// Runs on every Confluence page, so it stays tiny: ONLYOFFICE attachment actions open in a new tab or a dialog
// whose code loads on first use; the attachment list learns about editing sessions (sessions.ts). WRM.require
// comes from the product's web-resource manager.
import 'wr-dependency!com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager';
import { onClick } from './clicks';
import { restoreFocus } from './focus';
import { watchSessions } from './sessions';

function ready(): void {
  restoreFocus();
  watchSessions();
}

document.addEventListener('click', onClick);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
else ready();
