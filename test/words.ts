/**
 * Imported by tests that read validators' problems directly: their words
 * then come at once, as in the studio. (Elements load them when they report.)
 */
import { words } from '../src/shared/messages.js';
import { setWords } from '../src/shared/validate.js';

setWords(words);
