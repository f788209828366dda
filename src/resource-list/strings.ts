import type { Lang } from '../shared/localize.js';

export interface ResourceStrings {
  search: string;
  searchHint: string;
  services: string;
  region: string;
  allRegions: string;
  clear: string;
  matches: (shown: number, total: number) => string;
  none: string;
  noneHelp: string;
  nationalLines: string;
  line988: string;
  lineSamhsa: string;
  showMore: (n: number) => string;
  nearMe: string;
  nearMeOff: string;
  locating: string;
  sortedByDistance: string;
  locationDenied: string;
  locationFailed: string;
  away: (distance: string) => string;
  national: string;
  online: string;
  call: string;
  text: string;
  email: string;
  website: string;
  hours: string;
  languages: string;
  address: string;
  lastChecked: (date: string) => string;
  servesEverywhere: string;
}

export const strings: Record<Lang, ResourceStrings> = {
  en: {
    search: 'Search by name, service or city',
    searchHint: 'Results update as you type.',
    services: 'Services',
    region: 'Area',
    allRegions: 'All areas',
    clear: 'Clear filters',
    matches: (shown, total) => (shown === 1 ? `1 place found` : `${shown} places found`) + (shown === total ? '' : ` of ${total}`),
    none: 'No places match your search.',
    noneHelp: 'Try fewer words or clear the filters. You can also call a national line, free and confidential:',
    nationalLines: 'National help lines',
    line988: '988 Suicide & Crisis Lifeline: call or text 988',
    lineSamhsa: 'SAMHSA National Helpline: 1-800-662-4357',
    showMore: (n) => `Show ${n} more`,
    nearMe: 'Sort by distance from me',
    nearMeOff: 'Stop sorting by distance',
    locating: 'Finding your location…',
    sortedByDistance: 'Sorted by distance from you. Your location stays on this device.',
    locationDenied: 'We could not use your location. That’s okay: you can search by city or area instead.',
    locationFailed: 'We could not find your location. You can search by city or area instead.',
    away: (distance) => `${distance} away`,
    national: 'Serves the whole country',
    online: 'Online',
    call: 'Call',
    text: 'Text',
    email: 'Email',
    website: 'Website',
    hours: 'Hours',
    languages: 'Languages',
    address: 'Address',
    lastChecked: (date) => `Last checked ${date}`,
    servesEverywhere: 'Also shown for every area',
  },
  es: {
    search: 'Busca por nombre, servicio o ciudad',
    searchHint: 'Los resultados cambian mientras escribes.',
    services: 'Servicios',
    region: 'Zona',
    allRegions: 'Todas las zonas',
    clear: 'Quitar filtros',
    matches: (shown, total) => (shown === 1 ? `1 lugar encontrado` : `${shown} lugares encontrados`) + (shown === total ? '' : ` de ${total}`),
    none: 'Ningún lugar coincide con tu búsqueda.',
    noneHelp: 'Prueba con menos palabras o quita los filtros. También puedes llamar a una línea nacional, gratuita y confidencial:',
    nationalLines: 'Líneas nacionales de ayuda',
    line988: '988 Línea de Prevención del Suicidio y Crisis: llama o envía un texto al 988',
    lineSamhsa: 'Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357',
    showMore: (n) => `Mostrar ${n} más`,
    nearMe: 'Ordenar por distancia',
    nearMeOff: 'Dejar de ordenar por distancia',
    locating: 'Buscando tu ubicación…',
    sortedByDistance: 'Ordenado por distancia. Tu ubicación no sale de este dispositivo.',
    locationDenied: 'No pudimos usar tu ubicación. No pasa nada: puedes buscar por ciudad o zona.',
    locationFailed: 'No pudimos encontrar tu ubicación. Puedes buscar por ciudad o zona.',
    away: (distance) => `a ${distance}`,
    national: 'Atiende a todo el país',
    online: 'En línea',
    call: 'Llamar',
    text: 'Enviar texto',
    email: 'Correo',
    website: 'Sitio web',
    hours: 'Horario',
    languages: 'Idiomas',
    address: 'Dirección',
    lastChecked: (date) => `Revisado por última vez el ${date}`,
    servesEverywhere: 'Se muestra en todas las zonas',
  },
};
