// Made-up directory entries for the demo, the tests and the benchmark: the same
// seed always gives the same list, so runs can be compared.

const SERVICES = [
  'naloxone',
  'syringe-services',
  'fentanyl-test-strips',
  'drug-checking',
  'mail-delivery',
  'treatment',
  'moud',
  'testing',
  'counseling',
  'peer-support',
  'housing',
  'wound-care',
  'training',
];
const PLACES = [
  ['Philadelphia', 'PA', 39.95, -75.16],
  ['Pittsburgh', 'PA', 40.44, -79.99],
  ['Chicago', 'IL', 41.88, -87.63],
  ['Lansing', 'MI', 42.73, -84.55],
  ['Detroit', 'MI', 42.33, -83.05],
  ['Tacoma', 'WA', 47.25, -122.44],
  ['Oakland', 'CA', 37.8, -122.27],
  ['San José', 'CA', 37.34, -121.89],
  ['Española', 'NM', 35.99, -106.08],
  ['Cañon City', 'CO', 38.44, -105.24],
  ['Houston', 'TX', 29.76, -95.37],
  ['El Paso', 'TX', 31.76, -106.49],
  ['Miami', 'FL', 25.76, -80.19],
  ['Atlanta', 'GA', 33.75, -84.39],
  ['New York', 'NY', 40.71, -74.01],
  ['Bronx', 'NY', 40.84, -73.86],
];
const WORDS = [
  'Harbor',
  'Bridge',
  'Unity',
  'Open Door',
  'Safe Path',
  'Community',
  'Riverside',
  'Hope',
  'New Day',
  'Outreach',
  'Compass',
  'Beacon',
];
const KINDS = ['Health Center', 'Harm Reduction Program', 'Recovery Services', 'Clinic', 'Peer Network', 'Project'];

/** A small seeded generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PAYMENT = ['free', 'sliding-scale', 'medicaid', 'medicare', 'private-insurance', 'no-id-needed'];
const POPULATIONS = ['youth', 'women', 'lgbtq', 'veterans', 'reentry', 'unhoused'];

/**
 * @param {number} count how many resources
 * @param {number} [seed]
 * @param {{ full?: boolean }} [options] `full`: every field filled, structured hours too (for the benchmark)
 * @returns {{ title: string, timeZone?: string, staleAfterDays?: number, resources: import('../src/resource-list/resource-types.js').Resource[] }}
 */
export function generateResources(count, seed = 1, { full = false } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const resources = [];
  for (let i = 0; i < count; i++) {
    const [city, region, lat, lng] = pick(PLACES);
    const roll = rnd();
    const coverage = roll < 0.02 ? 'national' : roll < 0.03 ? 'online' : roll < 0.1 ? 'regional' : 'local';
    const services = SERVICES.filter(() => rnd() < 0.25);
    const phone = `(${200 + Math.floor(rnd() * 700)}) 555-${String(1000 + Math.floor(rnd() * 9000))}`;
    resources.push({
      name: `${pick(WORDS)} ${pick(KINDS)} ${i + 1}`,
      description: `Free, confidential support in ${city}. Walk in or call ahead.`,
      services: services.length ? services : ['naloxone'],
      phone,
      email: `info${i + 1}@example.org`,
      url: `https://example.org/${i + 1}`,
      address: `${100 + Math.floor(rnd() * 9000)} Main Street`,
      city,
      region,
      coverage,
      hours: 'Mon–Fri 9am–5pm',
      languages: rnd() < 0.4 ? ['en', 'es'] : ['en'],
      lat: Math.round((lat + (rnd() - 0.5) * 0.3) * 1e4) / 1e4,
      lng: Math.round((lng + (rnd() - 0.5) * 0.3) * 1e4) / 1e4,
      verified: `2026-${String(1 + Math.floor(rnd() * 10)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
    });
    if (!full) continue;
    // Drawn after the fields above: the same seed gives the same list with or without them.
    const opens = 7 + Math.floor(rnd() * 4);
    Object.assign(resources[i], {
      id: `r${i + 1}`,
      sms: phone,
      payment: PAYMENT.filter(() => rnd() < 0.3),
      populations: POPULATIONS.filter(() => rnd() < 0.2),
      openingHours: [
        { dayOfWeek: WEEKDAYS, opens: `${String(opens).padStart(2, '0')}:00`, closes: `${opens + 8}:30` },
        ...(rnd() < 0.3 ? [{ dayOfWeek: ['Saturday'], opens: '10:00', closes: '14:00' }] : []),
      ],
      specialHours: [{ validFrom: '2026-12-25' }],
      status: rnd() < 0.02 ? 'temporarily-closed' : 'active',
    });
  }
  return {
    title: `${count.toLocaleString('en-US')} made-up services`,
    ...(full && { timeZone: 'America/New_York', staleAfterDays: 365 }),
    resources,
  };
}
