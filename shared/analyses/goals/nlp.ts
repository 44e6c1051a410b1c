// Import order matters: compromise needs a `self` or `process` as it loads.
import './hostGlobals';
import nlp from 'compromise/two';

/** compromise, safe to load in every host. */
export default nlp;
