import { launchEditor } from './launch';

void launchEditor(document);
