import type { KINDS, LINE_IDS } from './helpline.fields.js';
import type { OpeningHours } from '../resource-list/resource-types.js';

/** A national line of the built-in catalog. */
export type LineId = (typeof LINE_IDS)[number];

export interface HelpLine {
  /** A line of the catalog: its words and numbers come with it; the fields given here replace them. */
  id?: LineId;
  /** Required without an `id`. */
  name?: string;
  /** What the line is, shown as a short label. */
  kind?: (typeof KINDS)[number];
  /** Number to call first if someone is unconscious or has trouble breathing ("911"). */
  emergency?: string;
  /** Number to call, as people read it: "988", "1-800-662-4357". */
  phone?: string;
  /** The key to press after calling ("1"). */
  press?: string;
  /** Number to text. */
  sms?: string;
  /** The word to send first ("HOME"). */
  keyword?: string;
  /** TTY number for Deaf and hard-of-hearing callers. */
  tty?: string;
  /** Number a videophone dials, for callers who use ASL. */
  videophone?: string;
  /** Chat page. */
  chat?: string;
  /** Website or chat page. */
  url?: string;
  /** A way to reach the line that its links cannot show, in a few words ("WhatsApp: 442-AYUDAME"). */
  also?: string;
  hours?: string;
  /** When it answers, as the directory's opening hours: the line then says whether it answers now. */
  openingHours?: OpeningHours[];
  /** The IANA time zone of `openingHours`, like "America/New_York". */
  timeZone?: string;
  /** Language codes such as `en`, `es`. */
  languages?: string[];
  note?: string;
}

/** The data `<hr-helpline>` accepts. A bare array of lines is accepted too. */
export interface HelplineData {
  title?: string;
  intro?: string;
  /** Lines, or ids of the catalog's national lines: `["988", { "name": "Our intake line", … }]`. */
  lines: (HelpLine | LineId)[];
  /** Also show the built-in national lines (988, SAMHSA, 911) after these. */
  includeDefaults?: boolean;
}
