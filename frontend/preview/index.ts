// "Open in ONLYOFFICE" in Confluence's file preview. The confluence-previews plugin loads the web-resource context
// media-viewer when its viewer opens; this script registers a plugin with the viewer (its AMD module MediaViewer)
// that adds one layer view to the file controls. If the viewer is absent or its API changed, nothing happens.
// Unverified against a real Confluence: the viewer's plugin API (registerPlugin, getView().fileControlsView
// .addLayerView, getCurrentFile().get('id')) is taken from its public use by other apps.
import { renderButton } from './button';

type AmdRequire = (deps: string[], callback: (...modules: never[]) => void) => void;

interface BackboneViewThis {
  el: HTMLElement;
  options?: { mediaViewer?: MediaViewerInstance };
  mediaViewer?: MediaViewerInstance;
}

interface MediaViewerInstance {
  getCurrentFile(): { get(name: string): unknown } | undefined;
  getView(): { fileControlsView: { addLayerView(name: string, view: unknown, options: unknown): void } };
}

interface MediaViewerModule {
  registerPlugin(name: string, plugin: (viewer: MediaViewerInstance) => void): void;
}

interface BackboneModule {
  View: { extend(definition: Record<string, unknown>): unknown };
}

const amdRequire = (window as unknown as { require?: AmdRequire }).require;
if (typeof amdRequire === 'function') {
  try {
    amdRequire(['MediaViewer', 'backbone'], (...modules: never[]) => {
      const [MediaViewer, Backbone] = modules as unknown as [MediaViewerModule, BackboneModule];
      const OpenInOnlyoffice = Backbone.View.extend({
        tagName: 'span',
        className: 'docsbridge-preview',
        initialize(this: BackboneViewThis, options: { mediaViewer?: MediaViewerInstance }) {
          this.mediaViewer = options?.mediaViewer;
        },
        render(this: BackboneViewThis) {
          void renderButton(this.el, this.mediaViewer?.getCurrentFile()?.get('id'));
          return this;
        },
      });
      MediaViewer.registerPlugin('docsbridge-open-in-onlyoffice', (viewer) => {
        viewer.getView().fileControlsView.addLayerView('docsbridgeOpen', OpenInOnlyoffice, { weight: 1, predicate: () => true });
      });
    });
  } catch {
    // No media viewer on this page.
  }
}
