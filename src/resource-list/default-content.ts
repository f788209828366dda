import type { PerLang } from '../shared/lang.js';
import type { ResourceListData } from './resource-types.js';

/** Built-in content, written from the seed posts in shared/seeds. Loaded as its own chunk only when a page uses it. */
const content: PerLang<ResourceListData> = {
  en: {
    title: 'Harm reduction organizations',
    intro: 'These groups offer naloxone, sterile syringes, education and support. Many can also help you find services near you.',
    resources: [
      {
        name: 'National Harm Reduction Coalition',
        description:
          'Offers harm reduction training, naloxone and resources, and advocates for harm reduction policies. It has offices in New York and California.',
        services: ['training', 'naloxone', 'advocacy', 'education'],
        phone: '(212) 213-6376',
        email: 'info@harmreduction.org',
        url: 'https://harmreduction.org',
        coverage: 'national',
      },
      {
        name: 'Next Distro',
        description:
          'Sends free naloxone by mail, teaches safer injection and links people to local harm reduction services. Reach them through the contact form on their website.',
        services: ['naloxone', 'mail-delivery', 'education'],
        url: 'https://nextdistro.org',
        coverage: 'online',
      },
      {
        name: 'North American Syringe Exchange Network (NASEN)',
        description:
          'Supports syringe services programs and keeps a state-by-state directory of local syringe exchanges. Based in Tacoma, Washington, it works nationwide.',
        services: ['syringe-services'],
        phone: '(253) 272-4857',
        email: 'info@nasen.org',
        url: 'https://nasen.org',
        city: 'Tacoma',
        region: 'WA',
        coverage: 'national',
      },
      {
        name: 'The DOPE Project (Drug Overdose Prevention and Education)',
        description:
          'Gives out naloxone and offers overdose response training and harm reduction education. Based in California, with resources for people across the country.',
        services: ['naloxone', 'training', 'education'],
        phone: '(510) 444-6969',
        email: 'dope@harmreduction.org',
        url: 'https://harmreduction.org',
        region: 'CA',
        coverage: 'national',
      },
      {
        name: 'Prevention Point Philadelphia',
        description: 'Offers syringe exchange, naloxone, wound care, help with housing and case management in Philadelphia.',
        services: ['syringe-services', 'naloxone', 'wound-care', 'housing', 'case-management'],
        phone: '(215) 634-5272',
        email: 'info@ppponline.org',
        url: 'https://ppponline.org',
        address: '2913-15 Kensington Avenue',
        city: 'Philadelphia',
        region: 'PA',
        coverage: 'local',
      },
      {
        name: 'Chicago Recovery Alliance (CRA)',
        description:
          'Runs a mobile syringe exchange and offers naloxone, fentanyl testing and health education at many spots around Chicago.',
        services: ['syringe-services', 'naloxone', 'fentanyl-test-strips', 'education'],
        phone: '(773) 989-9400',
        email: 'cra@anypositivechange.org',
        url: 'https://anypositivechange.org',
        city: 'Chicago',
        region: 'IL',
        coverage: 'local',
      },
      {
        name: 'Harm Reduction Michigan',
        description:
          'Offers syringe services, naloxone training and supplies, fentanyl test strips and outreach. Based in Lansing and active in other Michigan cities.',
        services: ['syringe-services', 'naloxone', 'training', 'fentanyl-test-strips'],
        phone: '(517) 599-9023',
        email: 'info@harmreductionmi.org',
        url: 'https://harmreductionmi.org',
        city: 'Lansing',
        region: 'MI',
        coverage: 'regional',
      },
    ],
  },
  es: {
    title: 'Organizaciones de reducción de daños',
    intro:
      'Estas organizaciones ofrecen naloxona, jeringas estériles, educación y apoyo. Muchas también pueden ayudarte a encontrar servicios cerca de ti.',
    resources: [
      {
        name: 'National Harm Reduction Coalition',
        description:
          'Ofrece capacitación, naloxona y recursos sobre reducción de daños, y defiende políticas a su favor. Tiene oficinas en Nueva York y California.',
        services: ['training', 'naloxone', 'advocacy', 'education'],
        phone: '(212) 213-6376',
        email: 'info@harmreduction.org',
        url: 'https://harmreduction.org',
        coverage: 'national',
      },
      {
        name: 'Next Distro',
        description:
          'Envía naloxona gratis por correo y enseña a inyectarse con menos riesgo. También te conecta con servicios locales de reducción de daños. Puedes escribirles desde el formulario de contacto de su sitio web.',
        services: ['naloxone', 'mail-delivery', 'education'],
        url: 'https://nextdistro.org',
        coverage: 'online',
      },
      {
        name: 'North American Syringe Exchange Network (NASEN)',
        description:
          'Apoya a los programas de servicios de jeringas y tiene un directorio, por estado, de programas locales de intercambio. Tiene su sede en Tacoma, Washington, y trabaja en todo el país.',
        services: ['syringe-services'],
        phone: '(253) 272-4857',
        email: 'info@nasen.org',
        url: 'https://nasen.org',
        city: 'Tacoma',
        region: 'WA',
        coverage: 'national',
      },
      {
        name: 'The DOPE Project (Drug Overdose Prevention and Education)',
        description:
          'Reparte naloxona y ofrece capacitación para responder a sobredosis y educación sobre reducción de daños. Tiene su sede en California y recursos para todo el país.',
        services: ['naloxone', 'training', 'education'],
        phone: '(510) 444-6969',
        email: 'dope@harmreduction.org',
        url: 'https://harmreduction.org',
        region: 'CA',
        coverage: 'national',
      },
      {
        name: 'Prevention Point Philadelphia',
        description: 'Ofrece intercambio de jeringas, naloxona, cuidado de heridas, ayuda con la vivienda y manejo de casos en Filadelfia.',
        services: ['syringe-services', 'naloxone', 'wound-care', 'housing', 'case-management'],
        phone: '(215) 634-5272',
        email: 'info@ppponline.org',
        url: 'https://ppponline.org',
        address: '2913-15 Kensington Avenue',
        city: 'Philadelphia',
        region: 'PA',
        coverage: 'local',
      },
      {
        name: 'Chicago Recovery Alliance (CRA)',
        description:
          'Tiene un servicio móvil de intercambio de jeringas. Ofrece naloxona, pruebas de fentanilo y educación sobre salud en muchos puntos de Chicago.',
        services: ['syringe-services', 'naloxone', 'fentanyl-test-strips', 'education'],
        phone: '(773) 989-9400',
        email: 'cra@anypositivechange.org',
        url: 'https://anypositivechange.org',
        city: 'Chicago',
        region: 'IL',
        coverage: 'local',
      },
      {
        name: 'Harm Reduction Michigan',
        description:
          'Ofrece servicios de jeringas, capacitación y entrega de naloxona, tiras para detectar fentanilo y servicios de alcance comunitario. Tiene su sede en Lansing y trabaja en otras ciudades de Michigan.',
        services: ['syringe-services', 'naloxone', 'training', 'fentanyl-test-strips'],
        phone: '(517) 599-9023',
        email: 'info@harmreductionmi.org',
        url: 'https://harmreductionmi.org',
        city: 'Lansing',
        region: 'MI',
        coverage: 'regional',
      },
    ],
  },
};
export default content;
