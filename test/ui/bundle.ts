import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Bundles a page's script into a fresh temp folder with webpack's Node API, writing an index.html
 * that loads it, and returns the page's path. React's development build is used on purpose: its
 * warnings reach the test as console errors.
 */
export async function bundlePage(entry: string, title: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipelint-ui-'));
  const compiler = webpack({
    mode: 'development',
    context: ROOT,
    entry,
    output: { path: dir, filename: 'page.js' },
    devtool: false,
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            configFile: path.join(ROOT, 'tsconfig.json'),
            // tsc type-checks; here only speed matters. ES modules let webpack drop unused icons.
            transpileOnly: true,
            compilerOptions: { module: 'es2020', sourceMap: false },
          },
        },
      ],
    },
    // Tree-shaking in development mode too: the icon package alone is megabytes otherwise.
    optimization: { usedExports: true, sideEffects: true, concatenateModules: false },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
    cache: false,
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) =>
      error || !result ? reject(error ?? new Error('no stats')) : resolve(result),
    ),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>${title}</title><link rel="icon" href="data:," />
  <style>html, body { margin: 0; }</style></head>
  <body><div id="root"></div><script src="page.js"></script></body>
</html>
`,
  );
  return path.join(dir, 'index.html');
}

/** The browser tests' own page: the real panel over an in-memory host (harness.tsx). */
export const bundleHarness = () => bundlePage(path.join(__dirname, 'harness.tsx'), 'Pipelint panel test');

/** The playground's page, as `npm start` serves it. */
export const bundlePlayground = () =>
  bundlePage(path.join(ROOT, 'playground', 'page.tsx'), 'Pipelint playground');
