/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': 'ts-jest',
  },
  moduleNameMapper: {
    // office-addin-mock's manifest dependencies pull in ESM-only strip-bom 5 and uuid 14; the
    // CommonJS versions already installed (strip-bom 4, uuid 8) have the same functions.
    '^strip-bom$': '<rootDir>/node_modules/strip-bom/index.js',
    '^uuid$': '<rootDir>/node_modules/uuid/dist/index.js',
  },
};
