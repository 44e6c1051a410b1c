/**
 * The layers of the core, checked by `npm run lint` (see docs/architecture.md). Each layer may use
 * the ones below it and never the ones above, and no module may reach itself again through its
 * imports. Type-only imports count: a type that points up is a dependency that points up.
 *
 *   ground ← sheets ← analyses ← functions, engine ← rules ← summaries, format ← ui, index
 *   and over all of them the hosts: cli/, addin/, appsscript/, playground/.
 */

/** A folder of shared/ as a path pattern. */
const core = (...folders) => `^shared/(${folders.join('|')})/`;

/** Layer → the layers it may import, itself included. */
const LAYERS = {
  ground: ['ground'],
  sheets: ['ground', 'sheets'],
  analyses: ['ground', 'sheets', 'analyses'],
  functions: ['ground', 'sheets', 'analyses', 'functions'],
  engine: ['ground', 'sheets', 'analyses', 'engine'],
  rules: ['ground', 'sheets', 'analyses', 'functions', 'engine', 'rules'],
  summaries: ['ground', 'sheets', 'analyses', 'engine', 'summaries'],
  format: ['ground', 'engine', 'format'],
};

/** Modules that only a host may load: Node, file formats, the terminal, the browser UI. */
const HOST_ONLY = ['exceljs', 'papaparse', 'cli-progress', 'picocolors', 'office-addin-.*'];
const UI_ONLY = ['react', 'react-dom', '@fluentui/.*'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties modules together so that none can be understood, tested or moved alone.',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(LAYERS).map(([layer, allowed]) => ({
      name: `layer-${layer}`,
      severity: 'error',
      comment: `shared/${layer} may use only ${allowed.join(', ')}: layers point down.`,
      from: { path: core(layer) },
      to: { path: '^shared/', pathNot: [core(...allowed)] },
    })),
    {
      name: 'core-is-host-free',
      severity: 'error',
      comment:
        'The core runs in Excel, Google Sheets and Node alike: no Node, file-format, terminal or UI module.',
      from: { path: '^shared/', pathNot: '^shared/ui/' },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev'],
        path: [`^(${[...HOST_ONLY, ...UI_ONLY].join('|')})$`, '^node:'],
      },
    },
    {
      name: 'core-is-host-free-node-builtins',
      severity: 'error',
      comment: 'No Node built-in anywhere in shared/, the pane included.',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'ui-is-host-free',
      severity: 'error',
      comment: 'The pane is mounted by both hosts: it reaches a spreadsheet only through shared/host.ts.',
      from: { path: '^shared/ui/' },
      to: { path: [`^(${HOST_ONLY.join('|')})$`] },
    },
    {
      name: 'nothing-below-the-hosts-uses-a-host',
      severity: 'error',
      comment: 'Hosts are adapters over the core; the core never imports one.',
      from: { path: '^shared/' },
      to: { path: '^(cli|addin|appsscript|playground)/' },
    },
    {
      name: 'hosts-do-not-use-each-other',
      severity: 'error',
      comment: 'The Excel add-in, the Apps Script add-on and the CLI each stand on the core alone.',
      from: { path: '^(cli|addin|appsscript|playground)/' },
      to: { path: '^(cli|addin|appsscript|playground)/', pathNot: '^$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '\\.generated\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
