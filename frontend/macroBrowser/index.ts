// The macro browser's file picker for the ONLYOFFICE preview macro lists only files ONLYOFFICE can display: the
// smart-field call AJS.MacroBrowser.activateSmartFieldsAttachmentsOnPage(macroName, extensions) that the ONLYOFFICE
// connector 7.4.2 (built against Confluence 10.0.3) makes from the macro-browser context
// (js/onlyoffice-preview-macro-fields.js, depending on confluence.editor.actions:editor-macro-browser).
import 'wr-dependency!confluence.editor.actions:editor-macro-browser';
import { restrictFilePicker } from './picker';

restrictFilePicker(window);
