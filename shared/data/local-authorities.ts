/**
 * England's regions and its 153 children's services authorities (upper-tier local authorities).
 *
 * Codes and coordinates are this project's reading of public ONS lists (GSS codes for E06 unitary
 * authorities, E08 metropolitan districts, E09 London boroughs and E10 counties, as they stand after
 * the April 2023 reorganisation of Cumbria, North Yorkshire and Somerset) and of town locations.
 * They are approximate and must be checked against ONS data (ONS Open Geography Portal, LAD/CTYUA
 * names and codes) when loading. lat/lon is the approximate location of each council's main town or
 * administrative centre, to two decimal places: good enough for "distance from home" ranking, not
 * for anything finer.
 *
 * Names follow the ONS/DfE spelling (e.g. 'Bristol, City of', 'St. Helens').
 *
 * Known caveat: after a 2024 boundary change ONS issued new codes for Barnsley (E08000038) and
 * Sheffield (E08000039). DfE statistics still publish E08000016 and E08000019, which this list
 * keeps; map the new codes to these when loading ONS files of 2024 or later.
 *
 * E07 districts are not children's services authorities and are not listed. Abolished codes
 * (e.g. E10000006 Cumbria, E10000023 North Yorkshire, E10000027 Somerset) are not listed either.
 */

export interface Region {
  code: string;
  name: string;
}

export interface LocalAuthority {
  code: string;
  name: string;
  regionCode: string;
  lat: number;
  lon: number;
  /** ISO date from which the code is valid, set only for recent reorganisations. */
  validFrom?: string;
}

export const REGIONS: readonly Region[] = [
  { code: 'E12000001', name: 'North East' },
  { code: 'E12000002', name: 'North West' },
  { code: 'E12000003', name: 'Yorkshire and The Humber' },
  { code: 'E12000004', name: 'East Midlands' },
  { code: 'E12000005', name: 'West Midlands' },
  { code: 'E12000006', name: 'East of England' },
  { code: 'E12000007', name: 'London' },
  { code: 'E12000008', name: 'South East' },
  { code: 'E12000009', name: 'South West' },
];

const NE = 'E12000001';
const NW = 'E12000002';
const YH = 'E12000003';
const EM = 'E12000004';
const WM = 'E12000005';
const EE = 'E12000006';
const LON = 'E12000007';
const SE = 'E12000008';
const SW = 'E12000009';

const REORG_2023 = '2023-04-01';

export const LOCAL_AUTHORITIES: readonly LocalAuthority[] = [
  // E06: unitary authorities (63)
  { code: 'E06000001', name: 'Hartlepool', regionCode: NE, lat: 54.69, lon: -1.21 },
  { code: 'E06000002', name: 'Middlesbrough', regionCode: NE, lat: 54.58, lon: -1.23 },
  { code: 'E06000003', name: 'Redcar and Cleveland', regionCode: NE, lat: 54.61, lon: -1.07 },
  { code: 'E06000004', name: 'Stockton-on-Tees', regionCode: NE, lat: 54.57, lon: -1.32 },
  { code: 'E06000005', name: 'Darlington', regionCode: NE, lat: 54.52, lon: -1.55 },
  { code: 'E06000006', name: 'Halton', regionCode: NW, lat: 53.36, lon: -2.73 },
  { code: 'E06000007', name: 'Warrington', regionCode: NW, lat: 53.39, lon: -2.59 },
  { code: 'E06000008', name: 'Blackburn with Darwen', regionCode: NW, lat: 53.75, lon: -2.48 },
  { code: 'E06000009', name: 'Blackpool', regionCode: NW, lat: 53.82, lon: -3.05 },
  { code: 'E06000010', name: 'Kingston upon Hull, City of', regionCode: YH, lat: 53.74, lon: -0.34 },
  { code: 'E06000011', name: 'East Riding of Yorkshire', regionCode: YH, lat: 53.84, lon: -0.43 },
  { code: 'E06000012', name: 'North East Lincolnshire', regionCode: YH, lat: 53.57, lon: -0.08 },
  { code: 'E06000013', name: 'North Lincolnshire', regionCode: YH, lat: 53.59, lon: -0.65 },
  { code: 'E06000014', name: 'York', regionCode: YH, lat: 53.96, lon: -1.08 },
  { code: 'E06000015', name: 'Derby', regionCode: EM, lat: 52.92, lon: -1.48 },
  { code: 'E06000016', name: 'Leicester', regionCode: EM, lat: 52.64, lon: -1.13 },
  { code: 'E06000017', name: 'Rutland', regionCode: EM, lat: 52.67, lon: -0.73 },
  { code: 'E06000018', name: 'Nottingham', regionCode: EM, lat: 52.95, lon: -1.15 },
  { code: 'E06000019', name: 'Herefordshire, County of', regionCode: WM, lat: 52.06, lon: -2.72 },
  { code: 'E06000020', name: 'Telford and Wrekin', regionCode: WM, lat: 52.68, lon: -2.45 },
  { code: 'E06000021', name: 'Stoke-on-Trent', regionCode: WM, lat: 53.0, lon: -2.18 },
  { code: 'E06000022', name: 'Bath and North East Somerset', regionCode: SW, lat: 51.38, lon: -2.36 },
  { code: 'E06000023', name: 'Bristol, City of', regionCode: SW, lat: 51.45, lon: -2.59 },
  { code: 'E06000024', name: 'North Somerset', regionCode: SW, lat: 51.35, lon: -2.98 },
  { code: 'E06000025', name: 'South Gloucestershire', regionCode: SW, lat: 51.54, lon: -2.41 },
  { code: 'E06000026', name: 'Plymouth', regionCode: SW, lat: 50.38, lon: -4.14 },
  { code: 'E06000027', name: 'Torbay', regionCode: SW, lat: 50.46, lon: -3.53 },
  { code: 'E06000030', name: 'Swindon', regionCode: SW, lat: 51.56, lon: -1.78 },
  { code: 'E06000031', name: 'Peterborough', regionCode: EE, lat: 52.57, lon: -0.24 },
  { code: 'E06000032', name: 'Luton', regionCode: EE, lat: 51.88, lon: -0.42 },
  { code: 'E06000033', name: 'Southend-on-Sea', regionCode: EE, lat: 51.54, lon: 0.71 },
  { code: 'E06000034', name: 'Thurrock', regionCode: EE, lat: 51.48, lon: 0.33 },
  { code: 'E06000035', name: 'Medway', regionCode: SE, lat: 51.38, lon: 0.52 },
  { code: 'E06000036', name: 'Bracknell Forest', regionCode: SE, lat: 51.41, lon: -0.75 },
  { code: 'E06000037', name: 'West Berkshire', regionCode: SE, lat: 51.4, lon: -1.32 },
  { code: 'E06000038', name: 'Reading', regionCode: SE, lat: 51.45, lon: -0.97 },
  { code: 'E06000039', name: 'Slough', regionCode: SE, lat: 51.51, lon: -0.59 },
  { code: 'E06000040', name: 'Windsor and Maidenhead', regionCode: SE, lat: 51.52, lon: -0.72 },
  { code: 'E06000041', name: 'Wokingham', regionCode: SE, lat: 51.41, lon: -0.83 },
  { code: 'E06000042', name: 'Milton Keynes', regionCode: SE, lat: 52.04, lon: -0.76 },
  { code: 'E06000043', name: 'Brighton and Hove', regionCode: SE, lat: 50.82, lon: -0.14 },
  { code: 'E06000044', name: 'Portsmouth', regionCode: SE, lat: 50.8, lon: -1.09 },
  { code: 'E06000045', name: 'Southampton', regionCode: SE, lat: 50.9, lon: -1.4 },
  { code: 'E06000046', name: 'Isle of Wight', regionCode: SE, lat: 50.7, lon: -1.29 },
  { code: 'E06000047', name: 'County Durham', regionCode: NE, lat: 54.78, lon: -1.57 },
  { code: 'E06000049', name: 'Cheshire East', regionCode: NW, lat: 53.14, lon: -2.36 },
  { code: 'E06000050', name: 'Cheshire West and Chester', regionCode: NW, lat: 53.19, lon: -2.89 },
  { code: 'E06000051', name: 'Shropshire', regionCode: WM, lat: 52.71, lon: -2.75 },
  { code: 'E06000052', name: 'Cornwall', regionCode: SW, lat: 50.26, lon: -5.05 },
  { code: 'E06000053', name: 'Isles of Scilly', regionCode: SW, lat: 49.91, lon: -6.31 },
  { code: 'E06000054', name: 'Wiltshire', regionCode: SW, lat: 51.32, lon: -2.21 },
  { code: 'E06000055', name: 'Bedford', regionCode: EE, lat: 52.14, lon: -0.47 },
  { code: 'E06000056', name: 'Central Bedfordshire', regionCode: EE, lat: 52.04, lon: -0.36 },
  { code: 'E06000057', name: 'Northumberland', regionCode: NE, lat: 55.17, lon: -1.69 },
  { code: 'E06000058', name: 'Bournemouth, Christchurch and Poole', regionCode: SW, lat: 50.72, lon: -1.88 },
  { code: 'E06000059', name: 'Dorset', regionCode: SW, lat: 50.71, lon: -2.44 },
  { code: 'E06000060', name: 'Buckinghamshire', regionCode: SE, lat: 51.82, lon: -0.81 },
  { code: 'E06000061', name: 'North Northamptonshire', regionCode: EM, lat: 52.4, lon: -0.73 },
  { code: 'E06000062', name: 'West Northamptonshire', regionCode: EM, lat: 52.24, lon: -0.9 },
  { code: 'E06000063', name: 'Cumberland', regionCode: NW, lat: 54.89, lon: -2.93, validFrom: REORG_2023 },
  {
    code: 'E06000064',
    name: 'Westmorland and Furness',
    regionCode: NW,
    lat: 54.33,
    lon: -2.75,
    validFrom: REORG_2023,
  },
  {
    code: 'E06000065',
    name: 'North Yorkshire',
    regionCode: YH,
    lat: 54.34,
    lon: -1.43,
    validFrom: REORG_2023,
  },
  { code: 'E06000066', name: 'Somerset', regionCode: SW, lat: 51.02, lon: -3.1, validFrom: REORG_2023 },

  // E08: metropolitan districts (36)
  { code: 'E08000001', name: 'Bolton', regionCode: NW, lat: 53.58, lon: -2.43 },
  { code: 'E08000002', name: 'Bury', regionCode: NW, lat: 53.59, lon: -2.3 },
  { code: 'E08000003', name: 'Manchester', regionCode: NW, lat: 53.48, lon: -2.24 },
  { code: 'E08000004', name: 'Oldham', regionCode: NW, lat: 53.54, lon: -2.12 },
  { code: 'E08000005', name: 'Rochdale', regionCode: NW, lat: 53.62, lon: -2.16 },
  { code: 'E08000006', name: 'Salford', regionCode: NW, lat: 53.49, lon: -2.29 },
  { code: 'E08000007', name: 'Stockport', regionCode: NW, lat: 53.41, lon: -2.16 },
  { code: 'E08000008', name: 'Tameside', regionCode: NW, lat: 53.49, lon: -2.1 },
  { code: 'E08000009', name: 'Trafford', regionCode: NW, lat: 53.45, lon: -2.31 },
  { code: 'E08000010', name: 'Wigan', regionCode: NW, lat: 53.55, lon: -2.63 },
  { code: 'E08000011', name: 'Knowsley', regionCode: NW, lat: 53.41, lon: -2.84 },
  { code: 'E08000012', name: 'Liverpool', regionCode: NW, lat: 53.41, lon: -2.98 },
  { code: 'E08000013', name: 'St. Helens', regionCode: NW, lat: 53.45, lon: -2.74 },
  { code: 'E08000014', name: 'Sefton', regionCode: NW, lat: 53.45, lon: -2.99 },
  { code: 'E08000015', name: 'Wirral', regionCode: NW, lat: 53.39, lon: -3.02 },
  { code: 'E08000016', name: 'Barnsley', regionCode: YH, lat: 53.55, lon: -1.48 },
  { code: 'E08000017', name: 'Doncaster', regionCode: YH, lat: 53.52, lon: -1.13 },
  { code: 'E08000018', name: 'Rotherham', regionCode: YH, lat: 53.43, lon: -1.36 },
  { code: 'E08000019', name: 'Sheffield', regionCode: YH, lat: 53.38, lon: -1.47 },
  { code: 'E08000021', name: 'Newcastle upon Tyne', regionCode: NE, lat: 54.97, lon: -1.61 },
  { code: 'E08000022', name: 'North Tyneside', regionCode: NE, lat: 55.02, lon: -1.5 },
  { code: 'E08000023', name: 'South Tyneside', regionCode: NE, lat: 54.99, lon: -1.43 },
  { code: 'E08000024', name: 'Sunderland', regionCode: NE, lat: 54.91, lon: -1.38 },
  { code: 'E08000025', name: 'Birmingham', regionCode: WM, lat: 52.48, lon: -1.9 },
  { code: 'E08000026', name: 'Coventry', regionCode: WM, lat: 52.41, lon: -1.51 },
  { code: 'E08000027', name: 'Dudley', regionCode: WM, lat: 52.51, lon: -2.08 },
  { code: 'E08000028', name: 'Sandwell', regionCode: WM, lat: 52.5, lon: -2.02 },
  { code: 'E08000029', name: 'Solihull', regionCode: WM, lat: 52.41, lon: -1.78 },
  { code: 'E08000030', name: 'Walsall', regionCode: WM, lat: 52.59, lon: -1.98 },
  { code: 'E08000031', name: 'Wolverhampton', regionCode: WM, lat: 52.59, lon: -2.13 },
  { code: 'E08000032', name: 'Bradford', regionCode: YH, lat: 53.79, lon: -1.75 },
  { code: 'E08000033', name: 'Calderdale', regionCode: YH, lat: 53.72, lon: -1.86 },
  { code: 'E08000034', name: 'Kirklees', regionCode: YH, lat: 53.65, lon: -1.78 },
  { code: 'E08000035', name: 'Leeds', regionCode: YH, lat: 53.8, lon: -1.55 },
  { code: 'E08000036', name: 'Wakefield', regionCode: YH, lat: 53.68, lon: -1.5 },
  { code: 'E08000037', name: 'Gateshead', regionCode: NE, lat: 54.96, lon: -1.6 },

  // E09: London boroughs and the City of London (33)
  { code: 'E09000001', name: 'City of London', regionCode: LON, lat: 51.52, lon: -0.09 },
  { code: 'E09000002', name: 'Barking and Dagenham', regionCode: LON, lat: 51.54, lon: 0.08 },
  { code: 'E09000003', name: 'Barnet', regionCode: LON, lat: 51.6, lon: -0.24 },
  { code: 'E09000004', name: 'Bexley', regionCode: LON, lat: 51.46, lon: 0.14 },
  { code: 'E09000005', name: 'Brent', regionCode: LON, lat: 51.56, lon: -0.28 },
  { code: 'E09000006', name: 'Bromley', regionCode: LON, lat: 51.4, lon: 0.01 },
  { code: 'E09000007', name: 'Camden', regionCode: LON, lat: 51.53, lon: -0.13 },
  { code: 'E09000008', name: 'Croydon', regionCode: LON, lat: 51.37, lon: -0.1 },
  { code: 'E09000009', name: 'Ealing', regionCode: LON, lat: 51.51, lon: -0.3 },
  { code: 'E09000010', name: 'Enfield', regionCode: LON, lat: 51.65, lon: -0.08 },
  { code: 'E09000011', name: 'Greenwich', regionCode: LON, lat: 51.49, lon: 0.07 },
  { code: 'E09000012', name: 'Hackney', regionCode: LON, lat: 51.55, lon: -0.06 },
  { code: 'E09000013', name: 'Hammersmith and Fulham', regionCode: LON, lat: 51.49, lon: -0.22 },
  { code: 'E09000014', name: 'Haringey', regionCode: LON, lat: 51.6, lon: -0.11 },
  { code: 'E09000015', name: 'Harrow', regionCode: LON, lat: 51.58, lon: -0.34 },
  { code: 'E09000016', name: 'Havering', regionCode: LON, lat: 51.58, lon: 0.18 },
  { code: 'E09000017', name: 'Hillingdon', regionCode: LON, lat: 51.55, lon: -0.48 },
  { code: 'E09000018', name: 'Hounslow', regionCode: LON, lat: 51.47, lon: -0.36 },
  { code: 'E09000019', name: 'Islington', regionCode: LON, lat: 51.54, lon: -0.1 },
  { code: 'E09000020', name: 'Kensington and Chelsea', regionCode: LON, lat: 51.5, lon: -0.19 },
  { code: 'E09000021', name: 'Kingston upon Thames', regionCode: LON, lat: 51.41, lon: -0.3 },
  { code: 'E09000022', name: 'Lambeth', regionCode: LON, lat: 51.46, lon: -0.12 },
  { code: 'E09000023', name: 'Lewisham', regionCode: LON, lat: 51.45, lon: -0.02 },
  { code: 'E09000024', name: 'Merton', regionCode: LON, lat: 51.4, lon: -0.2 },
  { code: 'E09000025', name: 'Newham', regionCode: LON, lat: 51.53, lon: 0.05 },
  { code: 'E09000026', name: 'Redbridge', regionCode: LON, lat: 51.56, lon: 0.07 },
  { code: 'E09000027', name: 'Richmond upon Thames', regionCode: LON, lat: 51.45, lon: -0.33 },
  { code: 'E09000028', name: 'Southwark', regionCode: LON, lat: 51.5, lon: -0.08 },
  { code: 'E09000029', name: 'Sutton', regionCode: LON, lat: 51.36, lon: -0.19 },
  { code: 'E09000030', name: 'Tower Hamlets', regionCode: LON, lat: 51.52, lon: -0.06 },
  { code: 'E09000031', name: 'Waltham Forest', regionCode: LON, lat: 51.59, lon: -0.02 },
  { code: 'E09000032', name: 'Wandsworth', regionCode: LON, lat: 51.46, lon: -0.19 },
  { code: 'E09000033', name: 'Westminster', regionCode: LON, lat: 51.5, lon: -0.14 },

  // E10: county councils (21)
  { code: 'E10000003', name: 'Cambridgeshire', regionCode: EE, lat: 52.21, lon: 0.12 },
  { code: 'E10000007', name: 'Derbyshire', regionCode: EM, lat: 53.14, lon: -1.55 },
  { code: 'E10000008', name: 'Devon', regionCode: SW, lat: 50.72, lon: -3.53 },
  { code: 'E10000011', name: 'East Sussex', regionCode: SE, lat: 50.87, lon: 0.01 },
  { code: 'E10000012', name: 'Essex', regionCode: EE, lat: 51.74, lon: 0.47 },
  { code: 'E10000013', name: 'Gloucestershire', regionCode: SW, lat: 51.86, lon: -2.24 },
  { code: 'E10000014', name: 'Hampshire', regionCode: SE, lat: 51.06, lon: -1.31 },
  { code: 'E10000015', name: 'Hertfordshire', regionCode: EE, lat: 51.8, lon: -0.08 },
  { code: 'E10000016', name: 'Kent', regionCode: SE, lat: 51.27, lon: 0.52 },
  { code: 'E10000017', name: 'Lancashire', regionCode: NW, lat: 53.76, lon: -2.7 },
  { code: 'E10000018', name: 'Leicestershire', regionCode: EM, lat: 52.65, lon: -1.2 },
  { code: 'E10000019', name: 'Lincolnshire', regionCode: EM, lat: 53.23, lon: -0.54 },
  { code: 'E10000020', name: 'Norfolk', regionCode: EE, lat: 52.63, lon: 1.3 },
  { code: 'E10000024', name: 'Nottinghamshire', regionCode: EM, lat: 52.93, lon: -1.13 },
  { code: 'E10000025', name: 'Oxfordshire', regionCode: SE, lat: 51.75, lon: -1.26 },
  { code: 'E10000028', name: 'Staffordshire', regionCode: WM, lat: 52.81, lon: -2.12 },
  { code: 'E10000029', name: 'Suffolk', regionCode: EE, lat: 52.06, lon: 1.16 },
  { code: 'E10000030', name: 'Surrey', regionCode: SE, lat: 51.23, lon: -0.2 },
  { code: 'E10000031', name: 'Warwickshire', regionCode: WM, lat: 52.28, lon: -1.58 },
  { code: 'E10000032', name: 'West Sussex', regionCode: SE, lat: 50.84, lon: -0.78 },
  { code: 'E10000034', name: 'Worcestershire', regionCode: WM, lat: 52.19, lon: -2.22 },
];
