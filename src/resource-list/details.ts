/**
 * What only some directories' data needs on its cards: whether a place is
 * open now (hours.ts), "Temporarily closed", the ways to pay and who it
 * serves with their labels, and "Call ahead" for listings not checked for a
 * while. A chunk of its own, loaded when the data uses any of it; the cards
 * wait for it, so nothing moves. It imports nothing from the bundle (only
 * types; the element hands it Lit's `html` and the strings it shares).
 */
import type { Speech } from '../shared/localize-controller.js';
import type { TemplateResult, html as litHtml } from 'lit';
import type { ResourceStrings } from '../i18n/en.js';
import type { Lang } from '../shared/localize.js';
import type { Directory } from './resource-model.js';
import type { Resource } from './resource-types.js';
import { HOURS_STRINGS, hoursNow, openAt, visitorZone, type HoursStrings } from './hours.js';

// Help lines with opening hours load this chunk for it: from here, so the hours code stays one chunk, not a second one both import.
export { hoursNow };

export interface DetailsStrings {
  /** The filter beside the search box. */
  openNow: string;
  payment: string;
  populations: string;
  temporarilyClosed: string;
  callAhead: (date: string) => string;
  neverChecked: string;
  /** Labels of well-known ways to pay; any other is shown as given. */
  paymentLabels: Record<string, string>;
  /** Labels of well-known groups served; any other is shown as given. */
  populationLabels: Record<string, string>;
}

export const DETAILS_STRINGS: Record<Lang, DetailsStrings> = {
  en: {
    openNow: 'Open now',
    payment: 'Payment',
    populations: 'Serves',
    temporarilyClosed: 'Temporarily closed',
    callAhead: (date) => `Call ahead: last checked ${date}`,
    neverChecked: 'Call ahead: this listing has not been checked',
    paymentLabels: {
      free: 'Free',
      'sliding-scale': 'Sliding scale',
      'payment-assistance': 'Help paying',
      medicaid: 'Medicaid',
      medicare: 'Medicare',
      'private-insurance': 'Private insurance',
      'state-insurance': 'State health plan',
      'military-insurance': 'Military insurance (TRICARE)',
      'ihs-tribal': 'IHS, tribal or urban Indian health funds',
      'self-pay': 'Cash or self-pay',
      'no-insurance-needed': 'No insurance needed',
      'no-id-needed': 'No ID needed',
    },
    populationLabels: {
      youth: 'Young people',
      'young-adults': 'Young adults',
      adults: 'Adults',
      'older-adults': 'Older adults',
      women: 'Women',
      men: 'Men',
      pregnant: 'Pregnant and postpartum people',
      parents: 'Parents with children',
      lgbtq: 'LGBTQ+ people',
      veterans: 'Veterans',
      reentry: 'People leaving jail or prison',
      unhoused: 'People without housing',
      'sex-workers': 'Sex workers',
      survivors: 'Survivors of violence',
      deaf: 'Deaf and hard of hearing people',
      native: 'American Indian and Alaska Native people',
      immigrants: 'Immigrants',
    },
  },
  es: {
    openNow: 'Abierto ahora',
    payment: 'Pago',
    populations: 'Atiende a',
    temporarilyClosed: 'Cerrado por ahora',
    callAhead: (date) => `Llama antes: revisado por última vez el ${date}`,
    neverChecked: 'Llama antes: esta información no se ha revisado',
    paymentLabels: {
      free: 'Gratis',
      'sliding-scale': 'Tarifa según ingresos',
      'payment-assistance': 'Ayuda para pagar',
      medicaid: 'Medicaid',
      medicare: 'Medicare',
      'private-insurance': 'Seguro privado',
      'state-insurance': 'Plan de salud del estado',
      'military-insurance': 'Seguro militar (TRICARE)',
      'ihs-tribal': 'Fondos del IHS, tribales o de salud indígena urbana',
      'self-pay': 'Efectivo o pago propio',
      'no-insurance-needed': 'No se necesita seguro',
      'no-id-needed': 'No se necesita identificación',
    },
    populationLabels: {
      youth: 'Jóvenes',
      'young-adults': 'Adultos jóvenes',
      adults: 'Adultos',
      'older-adults': 'Personas mayores',
      women: 'Mujeres',
      men: 'Hombres',
      pregnant: 'Personas embarazadas o en posparto',
      parents: 'Madres y padres con sus hijos',
      lgbtq: 'Personas LGBTQ+',
      veterans: 'Veteranos',
      reentry: 'Personas que salen de la cárcel o prisión',
      unhoused: 'Personas sin vivienda',
      'sex-workers': 'Trabajadoras y trabajadores sexuales',
      survivors: 'Sobrevivientes de violencia',
      deaf: 'Personas sordas o con pérdida auditiva',
      native: 'Personas indígenas de Estados Unidos y Alaska',
      immigrants: 'Inmigrantes',
    },
  },
};

/** A label from a table keyed by ids from data: only the table's own entries. */
export const labelOf = (table: Record<string, string>, id: string): string => (Object.hasOwn(table, id) ? table[id]! : id);

const closed = (r: Resource): boolean => r.status === 'temporarily-closed';

/** Each place's last answer: its minute, its zone and whether it was open. */
const answers = new WeakMap<Resource, [number, string, boolean]>();

/**
 * Whether a place is open at `instant`. "Open now" asks it of every entry, at
 * each keystroke while it is on, so it makes no words, and its answer holds
 * for the minute.
 */
export function isOpen(r: Resource, directory: Pick<Directory, 'timeZone'>, instant: Date): boolean {
  if (closed(r) || !(r.openingHours || r.specialHours)) return false;
  const minute = Math.floor(instant.getTime() / 60_000);
  const zone = r.timeZone ?? directory.timeZone ?? visitorZone;
  const said = answers.get(r);
  if (said && said[0] === minute && said[1] === zone) return said[2];
  const open = openAt(r, zone, instant);
  answers.set(r, [minute, zone, open]);
  return open;
}

/** Matches in their order, places marked temporarily closed last. */
export function closedLast(resources: readonly Resource[], matches: readonly number[]): number[] {
  const open: number[] = [];
  const last: number[] = [];
  for (const i of matches) (closed(resources[i]!) ? last : open).push(i);
  return last.length ? open.concat(last) : open;
}

const DAY_MS = 864e5;
const dates = new Map<string, Intl.DateTimeFormat>();

/** What a card shows beyond the bundle's own lines, for one place at `instant`. */
export interface CardDetails {
  /** "Open now · closes 5 PM" or "Temporarily closed", under the name. */
  badge: TemplateResult | string;
  /** Its usual week, from structured hours. */
  week?: string;
  /** Payment, who it serves, and when it was checked. */
  lines: TemplateResult;
}

/** What each card said, for the minute and language it was said in: a keystroke renders the same cards again. */
const said = new WeakMap<Resource, { at: string; s: DetailsStrings; h: HoursStrings; t: ResourceStrings; details: CardDetails }>();

export function card(
  html: typeof litHtml,
  r: Resource,
  directory: Pick<Directory, 'timeZone' | 'staleAfterDays'>,
  speech: Speech,
  t: ResourceStrings,
  instant: Date,
): CardDetails {
  const { locale } = speech;
  const s = speech.words(DETAILS_STRINGS, 'details');
  const h = speech.words(HOURS_STRINGS, 'hours');
  const at = `${locale} ${Math.floor(instant.getTime() / 60_000)} ${directory.timeZone} ${directory.staleAfterDays}`;
  const known = said.get(r);
  // The same words too: a site's strings may change them.
  if (known?.at === at && known.s === s && known.h === h && known.t === t) return known.details;
  const hours = closed(r) ? undefined : hoursNow(r, directory.timeZone, speech, instant);
  let date = dates.get(locale);
  if (!date) dates.set(locale, (date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' })));
  const checked = r.verified && date.format(new Date(`${r.verified}T12:00:00`));
  const stale = directory.staleAfterDays;
  const old = stale !== undefined && (!r.verified || instant.getTime() - Date.parse(`${r.verified}T12:00:00`) > stale * DAY_MS);
  const list = (name: string, ids: string[] | undefined, table: Record<string, string>) =>
    ids?.length ? html`<p>${name}: ${ids.map((id) => labelOf(table, id)).join(', ')}</p>` : '';
  const details: CardDetails = {
    badge: closed(r) ? html`<p class="badge closed">${s.temporarilyClosed}</p>` : hours ? html`<p class="badge">${hours.text}</p>` : '',
    week: hours?.week,
    lines: html`${list(s.payment, r.payment, s.paymentLabels)}${list(s.populations, r.populations, s.populationLabels)}${
      old
        ? html`<p class="meta stale"><strong>${checked ? s.callAhead(checked) : s.neverChecked}</strong></p>`
        : checked
          ? html`<p class="meta">${t.lastChecked(checked)}</p>`
          : ''
    }`,
  };
  said.set(r, { at, s, h, t, details });
  return details;
}

/** "Open now", beside the search box: only places known to be open. */
export function openNowToggle(html: typeof litHtml, speech: Speech, on: boolean, set: (on: boolean) => void): TemplateResult {
  return html`<label class="chip"
    ><input type="checkbox" .checked=${on} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />
    ${speech.words(DETAILS_STRINGS, 'details').openNow}</label
  >`;
}
