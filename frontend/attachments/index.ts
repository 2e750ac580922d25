// Runs on every Confluence page, so it stays tiny: ONLYOFFICE attachment actions open in a new tab or a dialog
// whose code loads on first use. WRM.require comes from the product's web-resource manager.
import 'wr-dependency!com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager';
import { onClick } from './clicks';

document.addEventListener('click', onClick);
