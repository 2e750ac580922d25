// Frontend build: one entry per screen, delivered by Confluence's Web Resource Manager (WRM).
// The WRM plugin writes the web-resource descriptors into target/classes/META-INF/plugin-descriptors/,
// which atlassian-plugin.xml tells the plugin framework to scan.
const path = require('path');
const { RuntimeGlobals } = require('webpack');
const WrmPlugin = require('atlassian-webresource-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { pluginKey, entries } = require('./frontend/build/webResources');

// atlassian-webresource-webpack-plugin appends `if (typeof AJS !== "undefined") __webpack_require__.p = …` to the
// runtime of every entry (src/WrmPlugin.js, overwritePublicPath). When webpack inlines a small entry completely it
// emits no `__webpack_require__` at all, and that line throws a ReferenceError on every Confluence page (AJS is
// always there). Requiring webpack's require scope for every chunk that carries a runtime makes webpack declare
// `__webpack_require__` in each entry, whatever it imports (../shared/reference/atlassian-api.md §10).
// The public path only serves URLs webpack builds itself (async chunks, asset files). An entry that uses neither
// (webpack records that as the runtime requirement `__webpack_require__.p`) gets the line removed: it is dead code,
// and in the every-page script ~100 gzip bytes of a per-build UUID (issue #10: that script stays under 1 KB).
const PUBLIC_PATH_LINE = /\nif \(typeof AJS !== "undefined"\) \{\n\s*__webpack_require__\.p = [^\n]*\n\}\n?/;
class EveryEntryHasWebpackRuntime {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EveryEntryHasWebpackRuntime', (compilation) => {
      compilation.hooks.additionalTreeRuntimeRequirements.tap('EveryEntryHasWebpackRuntime', (_chunk, requirements) => {
        requirements.add(RuntimeGlobals.requireScope);
      });
      // After the WRM plugin's own tap (stage 0).
      compilation.mainTemplate.hooks.requireExtensions.tap({ name: 'EveryEntryHasWebpackRuntime', stage: 100 }, (source, chunk) => {
        const usesPublicPath = compilation.chunkGraph.getTreeRuntimeRequirements(chunk).has(RuntimeGlobals.publicPath);
        if (usesPublicPath) return source;
        if (!PUBLIC_PATH_LINE.test(source)) throw new Error('the WRM plugin no longer writes the public path line this build removes: update webpack.config.js');
        return source.replace(PUBLIC_PATH_LINE, '\n');
      });
    });
  }
}

const outputDir = path.resolve(__dirname, 'target/classes/frontend');

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    context: __dirname,
    entry: Object.fromEntries(Object.entries(entries).map(([name, e]) => [name, e.source])),
    output: {
      path: outputDir,
      filename: '[name].js',
      chunkFilename: 'chunk-[name].js',
      // Own runtime namespace: our chunks must not collide with other apps' webpack runtimes on one page.
      uniqueName: pluginKey,
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: { '@atlaskit/feature-gate-js-client/feature-gates': path.resolve(__dirname, 'frontend/build/featureGatesOff.js') },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { onlyCompileBundledFiles: true, compilerOptions: { noEmit: false, sourceMap: !production } } },
        // Atlaskit ships compiled CSS files.
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    optimization: {
      minimize: production,
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          // The server-side jsI18n transformer looks for literal WRM.I18n.getText('key') calls.
          terserOptions: { mangle: { reserved: ['I18n', 'getText', 'WRM', 'AJS'] }, format: { comments: false } },
        }),
      ],
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      new EveryEntryHasWebpackRuntime(),
      new MiniCssExtractPlugin({ filename: '[name].css', chunkFilename: 'chunk-[name].css' }),
      new WrmPlugin({
        pluginKey,
        xmlDescriptors: path.resolve(__dirname, 'target/classes/META-INF/plugin-descriptors/wr-webpack-bundles.xml'),
        locationPrefix: 'frontend',
        contextMap: Object.fromEntries(Object.entries(entries).map(([name, e]) => [name, e.contexts])),
        webresourceKeyMap: Object.fromEntries(Object.entries(entries).map(([name, e]) => [name, e.key])),
        // Provided by Confluence, never bundled.
        providedDependencies: {
          jquery: { dependency: 'com.atlassian.plugins.jquery:jquery', import: { var: 'require("jquery")', amd: 'jquery' } },
          AJS: { dependency: 'com.atlassian.auiplugin:ajs', import: { var: 'AJS', amd: 'ajs' } },
        },
        addAsyncNameAsContext: false,
        addEntrypointNameAsContext: false,
        verbose: false,
      }),
    ],
    stats: 'errors-warnings',
  };
};
