// pure-rand publishes its entry points only through package "exports", which this repo's
// `moduleResolution: node` does not read; point TypeScript at the same files by path.
declare module 'pure-rand/generator/xoroshiro128plus' {
  export { xoroshiro128plus } from 'pure-rand/lib/generator/xoroshiro128plus';
}
declare module 'pure-rand/distribution/uniformInt' {
  export { uniformInt } from 'pure-rand/lib/distribution/uniformInt';
}
