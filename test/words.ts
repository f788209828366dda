/**
 * Imported by tests that read validators' problems directly, or the words of
 * what elements report: their words then come at once, as in the studio.
 * (Elements load them at their first report, which says the code until they
 * come: e2e/notices.html tests that.)
 */
import { words } from '../src/shared/messages.js';
import { setWords } from '../src/shared/validate.js';

setWords(words);
