/**
 * Time zones to choose from, named as people know them: "America / New York
 * — Eastern Time", in the author's language, from the browser's own list
 * (Intl). Made once per language: 400-odd formatters take a moment.
 */
import type { UiLang } from './strings.js';

export interface ZoneChoice {
  id: string;
  name: string;
}

const made = new Map<UiLang, ZoneChoice[]>();

/** Every zone this browser knows, or none where it cannot list them (the field is then typed). */
export function zoneChoices(lang: UiLang): ZoneChoice[] {
  let zones = made.get(lang);
  if (!zones) {
    const ids = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = ids.map((id) => {
      const generic = new Intl.DateTimeFormat(lang, { timeZone: id, timeZoneName: 'longGeneric' })
        .formatToParts(0)
        .find((part) => part.type === 'timeZoneName')?.value;
      const place = id.replace(/_/g, ' ').replace(/\//g, ' / ');
      return { id, name: generic && generic !== id ? `${place} — ${generic}` : place };
    });
    made.set(lang, zones);
  }
  return zones;
}
