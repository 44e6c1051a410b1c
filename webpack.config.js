// Builds the hosts from the one core:
//   dist/addin/      manifest.xml, taskpane.html, functions.js, functions.json, taskpane.js, support.html, assets
//                    (`--env baseUrl=https://host/path`: manifest.xml with every URL under that base)
//   dist/appsscript/ appsscript.json, Code.js (custom functions + server), sidebar.html
//   dist/playground/ index.html, playground.js (served by `npm start`, cli/serve.ts)
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const GasPlugin = require('gas-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { manifestFor, supportUrlOf } = require('./addin/manifest');

const root = __dirname;
const dist = (...parts) => path.join(root, 'dist', ...parts);

/** Type-checking is `npm run typecheck`'s job; here TypeScript only transpiles, keeping comments for the JSDoc readers. */
const typescript = (target) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      configFile: path.join(root, 'tsconfig.json'),
      transpileOnly: true,
      compilerOptions: {
        module: 'es2020',
        target,
        jsx: 'react-jsx',
        removeComments: false,
        sourceMap: false,
      },
    },
  },
});

const common = (target) => ({
  context: root,
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: { rules: [typescript(target)] },
  performance: { hints: false },
  devtool: false,
});

/**
 * Apps Script serves an HTML file as it is, so the sidebar's script is put inside it, gzipped and
 * in base64: a third of the size, and only letters, digits, `+`, `/` and `=`, so nothing in it can
 * end the tag early or look like a template scriptlet. The page unpacks and runs it
 * (appsscript/sidebar.html).
 */
class InlineSidebarScript {
  constructor(template, script) {
    this.template = template;
    this.script = script;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineSidebarScript', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InlineSidebarScript', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          const packed = zlib
            .gzipSync(assets[this.script].source(), { level: zlib.constants.Z_BEST_COMPRESSION })
            .toString('base64');
          const html = fs
            .readFileSync(this.template, 'utf8')
            .replace('<!-- pipelint:sidebar-script -->', () => packed);
          compilation.emitAsset('sidebar.html', new webpack.sources.RawSource(html));
          compilation.deleteAsset(this.script);
        },
      );
    });
  }
}

/**
 * The manifest as it is in the repository (the dev server's URLs), or, given `baseUrl`, with every
 * URL under it; SupportUrl goes to the README's Support section when package.json names a repository.
 */
const manifestTransform = (baseUrl) => (content) => {
  if (!baseUrl) return content;
  const supportUrl = supportUrlOf(require('./package.json'));
  return manifestFor(content.toString(), { baseUrl, supportUrl });
};

const addin = ({ baseUrl } = {}) => ({
  ...common('es2017'),
  name: 'addin',
  entry: { functions: './addin/functions.ts', taskpane: './addin/taskpane.tsx' },
  output: { path: dist('addin'), filename: '[name].js', clean: true },
  plugins: [
    new CustomFunctionsMetadataPlugin({ input: './addin/functions.ts', output: 'functions.json' }),
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './addin/taskpane.html',
      // Shared runtime: the page that hosts the task pane also registers the functions.
      chunks: ['functions', 'taskpane'],
      chunksSortMode: 'manual',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'manifest.xml', transform: manifestTransform(baseUrl) },
        { from: 'addin/support.html', to: 'support.html' },
        { from: 'assets/*.png' },
      ],
    }),
  ],
});

/**
 * Apps Script's V8 runtime is documented to reject syntax newer than ES2019 (public class fields,
 * `??`, `?.`), and dependencies ship it (chrono-node keeps class fields); `target` above only
 * lowers the project's own TypeScript. So esbuild lowers every dependency to ES2019 too. Not
 * esbuild for our TypeScript: it drops the JSDoc that gas-webpack-plugin copies onto each custom
 * function.
 */
const dependenciesAsES2019 = {
  test: /\.[cm]?js$/,
  include: /node_modules/,
  loader: 'esbuild-loader',
  options: { target: 'es2019' },
};

/**
 * Prints the size of each file Apps Script is given and fails the build when one is over the
 * limit: a file that size is slow to push, to open in the editor and, for the sidebar, to serve.
 */
class SizeLimit {
  constructor(files, { limit = 1024 * 1024 } = {}) {
    this.files = files;
    this.limit = limit;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SizeLimit', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'SizeLimit', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const file of this.files) {
            const size = assets[file].size();
            const line = `${path.relative(root, path.join(compilation.outputOptions.path, file))}: ${kib(size)} KiB`;
            if (size <= this.limit) compilation.getLogger('SizeLimit').info(line);
            else
              compilation.errors.push(
                new webpack.WebpackError(`${line}, over the ${kib(this.limit)} KiB limit`),
              );
          }
        },
      );
    });
  }
}

const kib = (bytes) => Math.round(bytes / 1024);

const appsscriptServer = {
  ...common('es2019'),
  name: 'appsscript',
  module: { rules: [typescript('es2019'), dependenciesAsES2019] },
  entry: { Code: './appsscript/server.ts' },
  output: { path: dist('appsscript'), filename: 'Code.js', clean: { keep: /^sidebar\.html$/ } },
  target: ['web', 'es2019'],
  node: { global: true },
  // Unconcatenated modules, so gas-webpack-plugin sees each global assignment. Minified, as the
  // server now holds the whole core: unminified it is 1.6 MiB. Terser writes nothing newer than
  // ES2019 and keeps the custom functions' JSDoc, which is how Sheets lists them.
  optimization: {
    concatenateModules: false,
    minimizer: [
      new TerserPlugin({
        extractComments: false,
        terserOptions: {
          ecma: 2019,
          format: {
            comments: (_node, comment) => /@customfunction|@license|@preserve|^!/.test(comment.value),
          },
        },
      }),
    ],
  },
  plugins: [
    // Only our entry files assign globals; esprima cannot parse every library's syntax anyway.
    new GasPlugin({ comment: true, include: ['**/appsscript/*.ts'] }),
    new CopyWebpackPlugin({ patterns: [{ from: 'appsscript/appsscript.json' }] }),
    new SizeLimit(['Code.js']),
  ],
};

const appsscriptSidebar = {
  ...common('es2019'),
  name: 'sidebar',
  entry: { sidebar: './appsscript/sidebar.tsx' },
  output: { path: dist('appsscript'), filename: 'sidebar.js', clean: false },
  // Licence comments stay inside the one HTML file Apps Script serves.
  optimization: { minimizer: [new TerserPlugin({ extractComments: false })] },
  plugins: [
    new InlineSidebarScript(path.join(root, 'appsscript', 'sidebar.html'), 'sidebar.js'),
    // The script inside is the whole pane and core (about 1.45 MiB), packed to about a third.
    new SizeLimit(['sidebar.html']),
  ],
};

const playground = {
  ...common('es2020'),
  name: 'playground',
  entry: { playground: './playground/page.tsx' },
  output: { path: dist('playground'), filename: '[name].js', clean: true },
  plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './playground/index.html' })],
};

// `webpack --env baseUrl=...` (or `npm run build -- --env baseUrl=...`) reaches the add-in's build here.
module.exports = (env = {}) => [addin(env), appsscriptServer, appsscriptSidebar, playground];
