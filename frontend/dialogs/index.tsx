// The dialogs bundle (web-resource context docsbridge.dialogs): loaded by the page script on first use.
import { openDialog } from './open';

window.docsbridgeDialogs = { open: (kind, params, trigger) => openDialog(kind, params, trigger) };
