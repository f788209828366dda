export type Coverage = 'local' | 'regional' | 'national' | 'online';

/** A day name of schema.org's DayOfWeek. */
export type Day = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';

/** Regular hours, after schema.org OpeningHoursSpecification. Times are "HH:MM" on the place's clock. */
export interface OpeningHours {
  dayOfWeek: Day[];
  opens: string;
  /** At or before `opens`: the next day. */
  closes: string;
  /** Seasonal hours: the first and last day (YYYY-MM-DD) they apply. */
  validFrom?: string;
  validThrough?: string;
}

/** Dates whose hours replace the usual week; without times, closed. */
export interface SpecialHours {
  validFrom: string;
  validThrough?: string;
  opens?: string;
  closes?: string;
}

export interface Resource {
  name: string;
  /** The site owner's own id: reports name it. */
  id?: string;
  description?: string;
  /** Well-known ids (naloxone, syringe-services, …) get labels; other strings are shown as given. */
  services?: string[];
  phone?: string;
  sms?: string;
  email?: string;
  url?: string;
  address?: string;
  city?: string;
  region?: string;
  coverage?: Coverage;
  hours?: string;
  openingHours?: OpeningHours[];
  specialHours?: SpecialHours[];
  /** IANA time zone of its hours; default the directory's, then the visitor's. */
  timeZone?: string;
  /** Language codes such as `en`, `es`. */
  languages?: string[];
  /** Ways to pay: well-known ids (free, medicaid, …) get labels. */
  payment?: string[];
  /** Groups served: well-known ids (youth, veterans, …) get labels. */
  populations?: string[];
  /** `temporarily-closed` says so and sorts last. */
  status?: 'active' | 'temporarily-closed';
  lat?: number;
  lng?: number;
  /** ISO date (YYYY-MM-DD) when the listing was last checked. */
  verified?: string;
}

/** The data `<hr-resource-list>` accepts. A bare array of resources is accepted too. */
export interface ResourceListData {
  title?: string;
  intro?: string;
  /** IANA time zone of every resource without its own. */
  timeZone?: string;
  /** Where visitors report a wrong listing. */
  reportEmail?: string;
  /** A page where visitors report a wrong listing; `reportEmail` is used without it. */
  reportUrl?: string;
  /** A listing checked longer ago than this many days (or never) says "Call ahead". */
  staleAfterDays?: number;
  resources: Resource[];
}
