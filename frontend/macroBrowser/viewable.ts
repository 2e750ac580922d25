// The extensions ONLYOFFICE can display, from the one formats table Java also reads (built into the bundle: the
// macro browser needs no request for it).
import formats from '../../src/main/resources/docsbridge/formats.json';

interface FormatEntry {
  name: string;
  actions: string[];
}

export const VIEWABLE_EXTENSIONS: string[] = (formats as FormatEntry[])
  .filter((f) => f.actions.includes('view'))
  .map((f) => f.name);
