// Builds the hosts from the one core:
//   dist/addin/      manifest.xml, taskpane.html, functions.js, functions.json, taskpane.js, support.html, assets
//                    (`--env baseUrl=https://host/path`: manifest.xml with every URL under that base)
//   dist/appsscript/ appsscript.json, Code.js (custom functions + server), sidebar.html
//   dist/playground/ index.html, playground.js (served by `npm start`, cli/serve.ts)
const fs = require('fs');
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
 * Apps Script serves an HTML file as it is, so the sidebar's script is put inside it; `</script`
 * in the bundle is escaped so it cannot end the tag early.
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
          const js = assets[this.script]
            .source()
            .toString()
            .replace(/<\/script/gi, '<\\/script');
          const html = fs
            .readFileSync(this.template, 'utf8')
            .replace('<!-- pipelint:sidebar-script -->', () => `<script>${js}</script>`);
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

const appsscriptServer = {
  ...common('es2019'),
  name: 'appsscript',
  entry: { Code: './appsscript/server.ts' },
  output: { path: dist('appsscript'), filename: 'Code.js', clean: { keep: /^sidebar\.html$/ } },
  target: ['web', 'es2019'],
  node: { global: true },
  // Unminified: Apps Script's editor and stack traces show this file as it is.
  // Unconcatenated modules, so gas-webpack-plugin sees each global assignment.
  optimization: { minimize: false, concatenateModules: false },
  plugins: [
    // Only our entry files assign globals; esprima cannot parse every library's syntax anyway.
    new GasPlugin({ comment: true, include: ['**/appsscript/*.ts'] }),
    new CopyWebpackPlugin({ patterns: [{ from: 'appsscript/appsscript.json' }] }),
  ],
};

const appsscriptSidebar = {
  ...common('es2019'),
  name: 'sidebar',
  entry: { sidebar: './appsscript/sidebar.tsx' },
  output: { path: dist('appsscript'), filename: 'sidebar.js', clean: false },
  // Licence comments stay inside the one HTML file Apps Script serves.
  optimization: { minimizer: [new TerserPlugin({ extractComments: false })] },
  plugins: [new InlineSidebarScript(path.join(root, 'appsscript', 'sidebar.html'), 'sidebar.js')],
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
