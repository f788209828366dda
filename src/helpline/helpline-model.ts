import {
  bool,
  line,
  phone,
  readRoot,
  record,
  requiredText,
  text,
  texts,
  webUrl,
  type Problem,
  type Validation,
} from '../shared/validate.js';
import type { HelpLine, HelplineData } from './helpline-types.js';

export type { HelpLine, HelplineData };

/** A page of help lines, not a directory (that is <hr-resource-list>). */
export const MAX_LINES = 50;

export function validateHelpline(raw: unknown): Validation<HelplineData> {
  const { root, list: lines, problems } = readRoot(raw, 'lines', 'line', readLine, MAX_LINES);
  if (!lines.length) return { value: undefined, problems };
  return {
    value: {
      title: line(root, 'title', '', problems),
      intro: text(root, 'intro', '', problems),
      lines,
      includeDefaults: bool(root, 'includeDefaults', '', problems) ?? false,
    },
    problems,
  };
}

function readLine(raw: unknown, path: string, problems: Problem[]): HelpLine | undefined {
  const obj = record(raw, path, problems);
  if (!obj) return undefined;
  const before = problems.length;
  const found: HelpLine = {
    name: requiredText(obj, 'name', path, problems) ?? '',
    phone: phone(obj, 'phone', path, problems),
    sms: phone(obj, 'sms', path, problems),
    tty: phone(obj, 'tty', path, problems),
    url: undefined,
    hours: line(obj, 'hours', path, problems),
    languages: texts(obj, 'languages', path, problems),
    note: text(obj, 'note', path, problems),
  };
  if (problems.length > before) return undefined;
  found.url = webUrl(obj, 'url', path, problems);
  if (!found.phone && !found.sms && !found.tty && !found.url) {
    problems.push({ path, message: 'needs a way to reach it: phone, sms, tty or an http(s) url' });
    return undefined;
  }
  return found;
}

/** "1-800-662-4357" → "1 8 0 0, 6 6 2, 4 3 5 7": read digit by digit, not as "one thousand eight hundred". */
export function spokenDigits(phone: string): string {
  return phone
    .split(/[^\d]+/)
    .filter(Boolean)
    .map((group) => group.split('').join(' '))
    .join(', ');
}
