/**
 * The studio page: the real elements for the preview, and the app. Defined by
 * calls, not by importing for effect: the package marks its sources free of
 * side effects, so a bare import would be dropped from the build.
 */
import { ELEMENTS, tagOf } from '../elements.js';
import { words } from '../shared/messages.js';
import { setWords } from '../shared/validate.js';
import { define } from '../shared/define-elements.js';
import { StudioCsv } from './csv-panel.js';
import { StudioApp } from './studio-app.js';

// The studio shows every check's words as the author types: they load with it, not later.
setWords(words);

define({ ...Object.fromEntries(ELEMENTS.map((entry) => [tagOf(entry), entry.element])), 'studio-app': StudioApp, 'studio-csv': StudioCsv });
