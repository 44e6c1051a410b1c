// compromise needs a `self` or `process` as it loads: hostGlobals gives a runtime without either one.
import './hostGlobals';
import type compromise from 'compromise/two';

type Tagger = typeof compromise;
let tagger: Tagger | undefined;

/** CommonJS's require, which every host runs the core under (Node, and the webpack bundles). */
declare const require: (id: 'compromise/two') => Tagger;

/**
 * compromise, safe in every host, loaded the first time a goal needs its words tagged. Loading it
 * takes about a third of a second, which a lint without such a goal, the command line's start and
 * every call Apps Script makes into the add-on (each one runs the whole script again) never pay.
 */
export default function nlp(text: string): ReturnType<Tagger> {
  // A require, not an import: an import would load compromise with the module that names it.
  tagger ??= require('compromise/two');
  return tagger(text);
}
