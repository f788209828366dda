import type { Lang } from '../shared/localize.js';

/** Labels for well-known service ids. Any other service string is shown as given. */
export const SERVICE_LABELS: Record<Lang, Record<string, string>> = {
  en: {
    naloxone: 'Naloxone',
    'syringe-services': 'Syringe services',
    'fentanyl-test-strips': 'Fentanyl test strips',
    'drug-checking': 'Drug checking',
    'mail-delivery': 'Supplies by mail',
    treatment: 'Treatment',
    moud: 'Medication for opioid use disorder',
    testing: 'HIV and hepatitis testing',
    counseling: 'Counseling',
    'peer-support': 'Peer support',
    housing: 'Housing help',
    'wound-care': 'Wound care',
    'supervised-consumption': 'Supervised consumption',
    training: 'Training',
    advocacy: 'Advocacy',
    education: 'Education',
    'case-management': 'Case management',
  },
  es: {
    naloxone: 'Naloxona',
    'syringe-services': 'Servicios de jeringas',
    'fentanyl-test-strips': 'Tiras de prueba de fentanilo',
    'drug-checking': 'Análisis de sustancias',
    'mail-delivery': 'Materiales por correo',
    treatment: 'Tratamiento',
    moud: 'Medicamentos para el trastorno por consumo de opioides',
    testing: 'Pruebas de VIH y hepatitis',
    counseling: 'Consejería',
    'peer-support': 'Apoyo entre pares',
    housing: 'Ayuda con vivienda',
    'wound-care': 'Cuidado de heridas',
    'supervised-consumption': 'Consumo supervisado',
    training: 'Capacitación',
    advocacy: 'Defensa de derechos',
    education: 'Educación',
    'case-management': 'Gestión de casos',
  },
};

export function serviceLabel(id: string, lang: Lang): string {
  return SERVICE_LABELS[lang][id] ?? id;
}
