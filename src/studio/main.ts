/**
 * The studio page: the real elements for the preview, and the app. Defined by
 * calls, not by importing for effect: the package marks its sources free of
 * side effects, so a bare import would be dropped from the build.
 */
import { ELEMENTS, tagOf } from '../elements.js';
import { define } from '../shared/define-elements.js';
import { StudioCsv } from './csv-panel.js';
import { StudioApp } from './studio-app.js';

define({ ...Object.fromEntries(ELEMENTS.map((entry) => [tagOf(entry), entry.element])), 'studio-app': StudioApp, 'studio-csv': StudioCsv });
