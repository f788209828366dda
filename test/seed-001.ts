/** Seed 001's seven organizations, as its post lists them: what every import of that list must find, in order. */
export const SEED_001 = {
  names: [
    'National Harm Reduction Coalition',
    'Next Distro',
    'North American Syringe Exchange Network (NASEN)',
    'The DOPE Project (Drug Overdose Prevention and Education)',
    'Prevention Point Philadelphia',
    'Chicago Recovery Alliance (CRA)',
    'Harm Reduction Michigan',
  ],
  phones: ['(212) 213-6376', null, '(253) 272-4857', '(510) 444-6969', '(215) 634-5272', '(773) 989-9400', '(517) 599-9023'],
  emails: [
    'info@harmreduction.org',
    null,
    'info@nasen.org',
    'dope@harmreduction.org',
    'info@ppponline.org',
    'cra@anypositivechange.org',
    'info@harmreductionmi.org',
  ],
} as const;
