// What a page in each web-resource context downloads from this app: JS and CSS, raw and gzip,
// read from the web-resource descriptors webpack generated (the same ones Confluence loads).
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';

const classes = path.resolve(__dirname, '../../target/classes');
const descriptorDir = path.join(classes, 'META-INF/plugin-descriptors');

interface WebResource {
  key: string;
  contexts: string[];
  dependencies: string[];
  files: string[];
}

export interface ContextCost {
  context: string;
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
}

function readWebResources(): WebResource[] {
  if (!fs.existsSync(descriptorDir)) throw new Error('No descriptors: run `npm run build:frontend` (or bin/build) first.');
  const resources: WebResource[] = [];
  for (const file of fs.readdirSync(descriptorDir).filter((f) => f.endsWith('.xml'))) {
    const xml = fs.readFileSync(path.join(descriptorDir, file), 'utf8');
    for (const match of xml.matchAll(/<web-resource key="([^"]+)"[^>]*>([\s\S]*?)<\/web-resource>/g)) {
      const body = match[2];
      resources.push({
        key: match[1],
        contexts: [...body.matchAll(/<context>([^<]+)<\/context>/g)].map((m) => m[1]),
        dependencies: [...body.matchAll(/<dependency>([^<]+)<\/dependency>/g)].map((m) => m[1]),
        files: [...body.matchAll(/<resource [^>]*location="([^"]+)"/g)].map((m) => m[1]),
      });
    }
  }
  return resources;
}

export function gzipSize(bytes: Buffer): number {
  return zlib.gzipSync(bytes, { level: 6 }).length;
}

/** Bytes of one web-resource plus the app's own web-resources it depends on (product ones are not ours to count). */
export function contextCosts(pluginKey: string): ContextCost[] {
  const resources = readWebResources();
  const byKey = new Map(resources.map((r) => [r.key, r]));
  const contexts = [...new Set(resources.flatMap((r) => r.contexts))];
  return contexts.map((context) => {
    const files = new Set<string>();
    const visit = (r: WebResource) => {
      for (const dep of r.dependencies) {
        if (dep.startsWith(pluginKey + ':')) {
          const local = byKey.get(dep.slice(pluginKey.length + 1));
          if (local) visit(local);
        }
      }
      r.files.forEach((f) => files.add(f));
    };
    resources.filter((r) => r.contexts.includes(context)).forEach(visit);
    const cost: ContextCost = { context, jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0 };
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(classes, file));
      if (file.endsWith('.js')) {
        cost.jsRaw += bytes.length;
        cost.jsGzip += gzipSize(bytes);
      } else if (file.endsWith('.css')) {
        cost.cssRaw += bytes.length;
        cost.cssGzip += gzipSize(bytes);
      }
    }
    return cost;
  });
}
