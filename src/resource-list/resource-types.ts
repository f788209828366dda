export type Coverage = 'local' | 'regional' | 'national' | 'online';

export interface Resource {
  name: string;
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
  /** Language codes such as `en`, `es`. */
  languages?: string[];
  lat?: number;
  lng?: number;
  /** ISO date (YYYY-MM-DD) when the listing was last checked. */
  verified?: string;
}

/** The data `<hr-resource-list>` accepts. A bare array of resources is accepted too. */
export interface ResourceListData {
  title?: string;
  intro?: string;
  resources: Resource[];
}
