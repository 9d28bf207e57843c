import type { CommonComponent, LifeEvent, Sector } from '@tvaers/domain';

// Hand-written facts of the demo portfolio: real public bodies and municipality codes, realistic
// project titles. Amounts and dates are generated from these by demo-portfolio.ts.

export interface DemoOrganisation {
  key: string;
  name: string;
  sector: Sector;
  country: 'DK' | 'NO';
  identifier: string;
}

const dkMunicipality = (name: string, code: string): DemoOrganisation => ({
  key: `dk-m-${code}`,
  name: `${name} Kommune`,
  sector: 'MUNICIPALITY',
  country: 'DK',
  identifier: code.padStart(3, '0'),
});

const noMunicipality = (name: string, code: string): DemoOrganisation => ({
  key: `no-m-${code}`,
  name: `${name} kommune`,
  sector: 'MUNICIPALITY',
  country: 'NO',
  identifier: code,
});

export const DK_STATE: DemoOrganisation[] = [
  { key: 'digst', name: 'Digitaliseringsstyrelsen', sector: 'STATE', country: 'DK', identifier: '34051178' },
  { key: 'udk', name: 'Udbetaling Danmark', sector: 'STATE', country: 'DK', identifier: '29915210' },
  { key: 'sds', name: 'Sundhedsdatastyrelsen', sector: 'STATE', country: 'DK', identifier: '37222615' },
  { key: 'star', name: 'Styrelsen for Arbejdsmarked og Rekruttering', sector: 'STATE', country: 'DK', identifier: '55568510' },
  { key: 'erst', name: 'Erhvervsstyrelsen', sector: 'STATE', country: 'DK', identifier: '10150817' },
  { key: 'stuk', name: 'Styrelsen for Undervisning og Kvalitet', sector: 'STATE', country: 'DK', identifier: '29634750' },
];

export const DK_JOINT: DemoOrganisation[] = [
  { key: 'kl', name: 'KL – Kommunernes Landsforening', sector: 'JOINT_BODY', country: 'DK', identifier: '55970017' },
  { key: 'dr', name: 'Danske Regioner', sector: 'JOINT_BODY', country: 'DK', identifier: '30490835' },
  { key: 'kombit', name: 'KOMBIT A/S', sector: 'JOINT_BODY', country: 'DK', identifier: '19435075' },
];

export const DK_REGIONS: DemoOrganisation[] = [
  { key: 'rh', name: 'Region Hovedstaden', sector: 'REGION', country: 'DK', identifier: '1084' },
  { key: 'rsj', name: 'Region Sjælland', sector: 'REGION', country: 'DK', identifier: '1085' },
  { key: 'rsd', name: 'Region Syddanmark', sector: 'REGION', country: 'DK', identifier: '1083' },
  { key: 'rm', name: 'Region Midtjylland', sector: 'REGION', country: 'DK', identifier: '1082' },
  { key: 'rn', name: 'Region Nordjylland', sector: 'REGION', country: 'DK', identifier: '1081' },
];

export const DK_MUNICIPALITIES: DemoOrganisation[] = [
  dkMunicipality('Københavns', '101'),
  dkMunicipality('Frederiksberg', '147'),
  dkMunicipality('Gentofte', '157'),
  dkMunicipality('Roskilde', '265'),
  dkMunicipality('Holbæk', '316'),
  dkMunicipality('Slagelse', '330'),
  dkMunicipality('Næstved', '370'),
  dkMunicipality('Odense', '461'),
  dkMunicipality('Sønderborg', '540'),
  dkMunicipality('Esbjerg', '561'),
  dkMunicipality('Horsens', '615'),
  dkMunicipality('Kolding', '621'),
  dkMunicipality('Vejle', '630'),
  dkMunicipality('Herning', '657'),
  dkMunicipality('Randers', '730'),
  dkMunicipality('Silkeborg', '740'),
  dkMunicipality('Aarhus', '751'),
  dkMunicipality('Viborg', '791'),
  dkMunicipality('Aalborg', '851'),
  dkMunicipality('Hjørring', '860'),
];

export const DK_PRIVATE: DemoOrganisation[] = [
  { key: 'vendor-a', name: 'Nordlys Digital A/S', sector: 'PRIVATE', country: 'DK', identifier: '41872098' },
  { key: 'vendor-b', name: 'Fjordbyg IT ApS', sector: 'PRIVATE', country: 'DK', identifier: '39104563' },
];

export const NO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'digdir', name: 'Digitaliseringsdirektoratet', sector: 'STATE', country: 'NO', identifier: '991825827' },
  { key: 'skatt', name: 'Skatteetaten', sector: 'STATE', country: 'NO', identifier: '974761076' },
  { key: 'nav', name: 'Arbeids- og velferdsdirektoratet (Nav)', sector: 'STATE', country: 'NO', identifier: '889640782' },
  { key: 'ks', name: 'KS – Kommunesektorens organisasjon', sector: 'JOINT_BODY', country: 'NO', identifier: '971032146' },
  noMunicipality('Oslo', '0301'),
  noMunicipality('Bergen', '4601'),
  noMunicipality('Trondheim', '5001'),
  noMunicipality('Stavanger', '1103'),
  noMunicipality('Kristiansand', '4204'),
  noMunicipality('Tromsø', '5501'),
];

export interface DemoProjectSeed {
  title: string;
  track: string;
  lead: string;
  lifeEvents: LifeEvent[];
  components: CommonComponent[];
  description: string;
}

export const DK_TRACKS = [
  { code: 'SAM', name: 'Sammenhæng på tværs af sektorer' },
  { code: 'INK', name: 'Digital inklusion' },
  { code: 'NYT', name: 'Nye teknologier' },
  { code: 'RAM', name: 'Fælles rammer: sikkerhed, jura og GDPR' },
  { code: 'GRN', name: 'Grøn omstilling' },
  { code: 'TEL', name: 'Telemedicin og sundhed' },
];

const p = (
  title: string,
  track: string,
  lead: string,
  lifeEvents: LifeEvent[],
  components: CommonComponent[],
  description: string,
): DemoProjectSeed => ({ title, track, lead, lifeEvents, components, description });

export const DK_PROJECTS: DemoProjectSeed[] = [
  p(
    'Sammenhængende flytning',
    'SAM',
    'digst',
    ['MOVING_HOUSE'],
    ['MITID', 'CPR', 'BORGER_DK', 'DIGITAL_POST'],
    'Én anmeldelse af flytning opdaterer folkeregister, skole, dagtilbud, læge og forsyning.',
  ),
  p(
    'Digital fødselsanmeldelse og navngivning',
    'SAM',
    'digst',
    ['BIRTH'],
    ['MITID', 'CPR', 'DIGITAL_POST'],
    'Forældre anmelder fødsel og navn digitalt; kommunen modtager data til sundhedspleje.',
  ),
  p(
    'Pladsanvisning til dagtilbud og skole',
    'SAM',
    'kombit',
    ['STARTING_SCHOOL_OR_DAYCARE'],
    ['MITID', 'CPR', 'KOMBIT_SHARED_SYSTEMS'],
    'Fælles kommunal løsning til optagelse i dagtilbud, SFO og skole.',
  ),
  p(
    'Skilsmisse og samvær samlet',
    'SAM',
    'stuk',
    ['DIVORCE'],
    ['MITID', 'DIGITAL_POST', 'BORGER_DK'],
    'Familieretlige henvendelser samlet i ét forløb på tværs af stat og kommune.',
  ),
  p(
    'Overgang til pension',
    'SAM',
    'udk',
    ['RETIREMENT'],
    ['MITID', 'NEMKONTO', 'CPR', 'BORGER_DK'],
    'Automatisk vejledning og ansøgning om folkepension og tillæg.',
  ),
  p(
    'Flytning til plejebolig',
    'SAM',
    'kl',
    ['MOVING_TO_NURSING_HOME'],
    ['CPR', 'KOMBIT_SHARED_SYSTEMS', 'DIGITAL_POST'],
    'Sammenhængende visitation, boligtildeling og flytning af hjælpemidler.',
  ),
  p(
    'Ledighed: ét samlet jobforløb',
    'SAM',
    'star',
    ['UNEMPLOYMENT'],
    ['MITID', 'CPR', 'NEMKONTO'],
    'Jobcentre og a-kasser deler plan og dokumentation for den ledige.',
  ),
  p(
    'Dødsfald og bobehandling',
    'SAM',
    'digst',
    ['DEATH'],
    ['CPR', 'DIGITAL_POST', 'NEMKONTO'],
    'Pårørende får ét overblik over frister, ydelser og opsigelser.',
  ),
  p(
    'Start virksomhed på én dag',
    'SAM',
    'erst',
    ['STARTING_A_BUSINESS'],
    ['MITID', 'CVR', 'NEMLOG_IN'],
    'Registrering, moms, tilladelser og kommunale forhold i ét forløb.',
  ),
  p(
    'Fælles borgeroverblik på borger.dk',
    'SAM',
    'digst',
    ['MOVING_HOUSE', 'RETIREMENT'],
    ['BORGER_DK', 'MITID', 'DIGITAL_POST'],
    'Borgerens sager på tværs af myndigheder vist ét sted.',
  ),
  p(
    'Digitale hjælpere i borgerservice',
    'INK',
    'kl',
    ['RETIREMENT'],
    ['MITID', 'BORGER_DK'],
    'Uddannelse af digitale hjælpere og hjælp til borgere uden for det digitale fællesskab.',
  ),
  p(
    'MitID-hjælp til ældre',
    'INK',
    'digst',
    ['RETIREMENT', 'MOVING_TO_NURSING_HOME'],
    ['MITID'],
    'Udlevering og hjælp til MitID for borgere med behov for støtte.',
  ),
  p(
    'Fritagelse for Digital Post – nyt forløb',
    'INK',
    'digst',
    [],
    ['DIGITAL_POST', 'CPR'],
    'Enklere fritagelse og bedre alternativer for fritagne borgere.',
  ),
  p('Klart sprog i kommunale breve', 'INK', 'kl', [], ['DIGITAL_POST'], 'Skabeloner og sprogværktøj til forståelige breve.'),
  p('Tilgængelighed i selvbetjening', 'INK', 'digst', [], ['BORGER_DK'], 'WCAG-løft af de mest brugte selvbetjeningsløsninger.'),
  p(
    'Sprogmodel til sagsbehandling',
    'NYT',
    'kombit',
    ['UNEMPLOYMENT'],
    ['KOMBIT_SHARED_SYSTEMS'],
    'Afprøvning af sprogmodeller til opsummering af sager under menneskelig kontrol.',
  ),
  p(
    'Robotter til refusionsanmodninger',
    'NYT',
    'kl',
    [],
    ['KOMBIT_SHARED_SYSTEMS', 'CPR'],
    'Automatisering af refusion mellem kommuner og stat.',
  ),
  p(
    'Automatisk journalisering',
    'NYT',
    'kombit',
    [],
    ['KOMBIT_SHARED_SYSTEMS'],
    'Regelbaseret journalisering af indgående post i kommunerne.',
  ),
  p('Datadrevet tilsyn med plejehjem', 'NYT', 'sds', ['MOVING_TO_NURSING_HOME'], ['CPR'], 'Fælles data til risikobaseret tilsyn.'),
  p(
    'Chatbot om ydelser',
    'NYT',
    'udk',
    ['BIRTH', 'RETIREMENT'],
    ['BORGER_DK', 'MITID'],
    'Vejledning døgnet rundt om familieydelser og pension.',
  ),
  p(
    'Fælles informationssikkerhedsstandard',
    'RAM',
    'digst',
    [],
    ['NEMLOG_IN'],
    'ISO 27001-baseret ramme og fælles kontroller for kommuner og regioner.',
  ),
  p(
    'Hjemmelsgrundlag for datadeling',
    'RAM',
    'digst',
    ['MOVING_HOUSE', 'DEATH'],
    ['CPR', 'CVR'],
    'Analyse og lovforslag der muliggør deling af data på tværs.',
  ),
  p('GDPR-værktøjskasse', 'RAM', 'kl', [], [], 'Fælles skabeloner til konsekvensanalyser og databehandleraftaler.'),
  p('Fælles log og adgangsstyring', 'RAM', 'kombit', [], ['NEMLOG_IN', 'MITID'], 'Sporbar adgang til fælleskommunale systemer.'),
  p('Beredskab mod cyberangreb', 'RAM', 'dr', [], ['NEMLOG_IN'], 'Fælles øvelser og varsling mellem regioner og kommuner.'),
  p('Grøn IT-drift i kommunerne', 'GRN', 'kl', [], ['KOMBIT_SHARED_SYSTEMS'], 'Konsolidering af servere og energieffektiv drift.'),
  p(
    'Digital affaldsordning',
    'GRN',
    'kl',
    ['MOVING_HOUSE'],
    ['CPR', 'CVR', 'BORGER_DK'],
    'Selvbetjening af affaldsordninger og sortering med data om adresser.',
  ),
  p(
    'Energidata for offentlige bygninger',
    'GRN',
    'erst',
    [],
    ['CVR'],
    'Målerdata fra offentlige bygninger samlet til styring af energiforbrug.',
  ),
  p('Delebiler og kørselsplanlægning', 'GRN', 'dr', [], [], 'Optimeret patient- og tjenestekørsel med færre kilometer.'),
  p('Genbrug af IT-udstyr', 'GRN', 'digst', [], [], 'Fælles ordning for genbrug og sikker sletning af udstyr.'),
  p(
    'Telemedicin til KOL-patienter',
    'TEL',
    'dr',
    ['RETIREMENT'],
    ['MITID', 'CPR'],
    'Hjemmemonitorering af patienter med KOL på tværs af region og kommune.',
  ),
  p('Video-konsultationer i almen praksis', 'TEL', 'dr', [], ['MITID'], 'Videokonsultation som fast tilbud hos praktiserende læger.'),
  p('Digital genoptræning', 'TEL', 'rm', ['RETIREMENT'], ['MITID', 'CPR'], 'Genoptræning hjemme med app og opfølgning fra kommunen.'),
  p(
    'Fælles medicinkort i hjemmeplejen',
    'TEL',
    'sds',
    ['MOVING_TO_NURSING_HOME'],
    ['CPR'],
    'Hjemmeplejen arbejder i det fælles medicinkort.',
  ),
  p('Sårbehandling med billeddeling', 'TEL', 'rsd', [], ['CPR'], 'Sygeplejersker deler sårbilleder med hospitalet og sparer transport.'),
];

export const NO_TRACKS = [
  { code: 'SAM', name: 'Sammenhengende tjenester' },
  { code: 'KOM', name: 'Kommunal digitalisering' },
];

export const NO_PROJECTS: DemoProjectSeed[] = [
  p(
    'Digital dødsbobehandling',
    'SAM',
    'digdir',
    ['DEATH'],
    ['FOLKEREGISTERET', 'ID_PORTEN', 'ALTINN'],
    'Etterlatte får oversikt og kan gjøre skifte digitalt.',
  ),
  p(
    'Starte og drive bedrift',
    'SAM',
    'digdir',
    ['STARTING_A_BUSINESS'],
    ['ALTINN', 'ID_PORTEN'],
    'Sammenhengende tjeneste for nye næringsdrivende.',
  ),
  p(
    'Alvorlig sykt barn',
    'SAM',
    'nav',
    ['BIRTH'],
    ['ID_PORTEN', 'FOLKEREGISTERET'],
    'Foreldre får samordnet hjelp fra Nav, kommune og helsetjeneste.',
  ),
  p(
    'Flytting med automatisk adresseendring',
    'SAM',
    'skatt',
    ['MOVING_HOUSE'],
    ['FOLKEREGISTERET', 'ID_PORTEN'],
    'Melding om flytting oppdaterer kommunale tjenester automatisk.',
  ),
  p(
    'Digital søknad om barnehageplass',
    'KOM',
    'ks',
    ['STARTING_SCHOOL_OR_DAYCARE'],
    ['ID_PORTEN', 'FOLKEREGISTERET'],
    'Felles kommunal løsning for opptak i barnehage.',
  ),
  p(
    'Velferdsteknologi i hjemmetjenesten',
    'KOM',
    'ks',
    ['RETIREMENT'],
    ['ID_PORTEN'],
    'Digitalt tilsyn og medisindispensere i hjemmetjenesten.',
  ),
  p(
    'Felles plattform for innbyggerdialog',
    'KOM',
    'ks',
    [],
    ['ID_PORTEN', 'ALTINN'],
    'Én løsning for meldinger mellom innbygger og kommune.',
  ),
  p('Arbeidsledig – én plan', 'SAM', 'nav', ['UNEMPLOYMENT'], ['ID_PORTEN'], 'Nav og kommunen deler aktivitetsplan for arbeidssøkere.'),
];
