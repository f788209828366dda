export interface HelpLine {
  name: string;
  /** Number to call, as people read it: "988", "1-800-662-4357". */
  phone?: string;
  /** Number to text. */
  sms?: string;
  /** TTY number for Deaf and hard-of-hearing callers. */
  tty?: string;
  /** Website or chat page. */
  url?: string;
  hours?: string;
  /** Language codes such as `en`, `es`. */
  languages?: string[];
  note?: string;
}

/** The data `<hr-helpline>` accepts. A bare array of lines is accepted too. */
export interface HelplineData {
  title?: string;
  intro?: string;
  lines: HelpLine[];
  /** Also show the built-in national lines (988, SAMHSA, 911) after these. */
  includeDefaults?: boolean;
}
