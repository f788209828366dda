import { bool, phone, readRoot, record, requiredText, text, texts, webUrl, type Problem, type Validation } from '../shared/validate.js';
import type { HelpLine, HelplineData } from './helpline-types.js';

export type { HelpLine, HelplineData };

export function validateHelpline(raw: unknown): Validation<HelplineData> {
  const { root, list: lines, problems } = readRoot(raw, 'lines', 'line', readLine);
  if (!lines.length) return { value: undefined, problems };
  return {
    value: {
      title: text(root, 'title', '', problems),
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
  const line: HelpLine = {
    name: requiredText(obj, 'name', path, problems) ?? '',
    phone: phone(obj, 'phone', path, problems),
    sms: phone(obj, 'sms', path, problems),
    tty: phone(obj, 'tty', path, problems),
    url: undefined,
    hours: text(obj, 'hours', path, problems),
    languages: texts(obj, 'languages', path, problems),
    note: text(obj, 'note', path, problems),
  };
  if (problems.length > before) return undefined;
  line.url = webUrl(obj, 'url', path, problems);
  if (!line.phone && !line.sms && !line.tty && !line.url) {
    problems.push({ path, message: 'needs a way to reach it: phone, sms, tty or an http(s) url' });
    return undefined;
  }
  return line;
}


/** "1-800-662-4357" → "1 8 0 0, 6 6 2, 4 3 5 7": read digit by digit, not as "one thousand eight hundred". */
export function spokenDigits(phone: string): string {
  return phone
    .split(/[^\d]+/)
    .filter(Boolean)
    .map((group) => group.split('').join(' '))
    .join(', ');
}
