// The preview macro's file is chosen with the app's file picker in the macro browser (fileField.ts). Loaded with
// Confluence's macro browser (context macro-browser), after it (dependency confluence.editor.actions:
// editor-macro-browser, as the ONLYOFFICE connector 7.4.2, built against Confluence 10.0.3, declares it); the picker
// itself loads only when someone chooses a file.
import 'wr-dependency!confluence.editor.actions:editor-macro-browser';
import { useFilePicker } from './fileField';

useFilePicker(window);
