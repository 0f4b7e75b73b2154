/**
 * A simplified map of England's nine regions, drawn on the server as SVG: no tiles, no
 * third-party requests, no JavaScript. Outlines are coarse hand-drawn polygons in lon/lat
 * (a schematic, good for "which part of the country", not for navigation); units and the
 * child's home are plotted from their real coordinates with the same projection.
 */

type LonLat = readonly [number, number];

// Shared corners, so neighbouring regions meet without gaps.
const SCOTLAND_EAST: LonLat = [-2.03, 55.8];
const KIELDER: LonLat = [-2.69, 55.2];
const SOLWAY: LonLat = [-3.05, 54.98];
const NE_NW_YH: LonLat = [-2.2, 54.45];
const TEES: LonLat = [-1.6, 54.45];
const SALTBURN: LonLat = [-0.8, 54.56];
const NE_NW_A: LonLat = [-2.45, 54.65];
const NE_NW_B: LonLat = [-2.55, 54.9];
const DEE: LonLat = [-3.1, 53.25];
const NW_WM_WALES: LonLat = [-2.75, 52.95];
const NW_EM_WM: LonLat = [-2.05, 53.05];
const NW_EM: LonLat = [-2.0, 53.25];
const NW_YH_EM: LonLat = [-1.9, 53.5];
const NW_YH_A: LonLat = [-2.05, 53.75];
const NW_YH_B: LonLat = [-2.35, 54.05];
const NW_YH_C: LonLat = [-2.45, 54.25];
const YH_EM_A: LonLat = [-1.6, 53.32];
const YH_EM_B: LonLat = [-1.1, 53.33];
const YH_EM_C: LonLat = [-0.8, 53.45];
const YH_EM_COAST: LonLat = [0.15, 53.45];
const WASH: LonLat = [0.15, 52.82];
const EM_EE_A: LonLat = [-0.05, 52.72];
const EM_EE_B: LonLat = [-0.5, 52.65];
const EM_EE_C: LonLat = [-0.45, 52.35];
const EM_EE_SE: LonLat = [-0.75, 52.1];
const EM_WM_SE: LonLat = [-1.3, 52.1];
const EM_WM_A: LonLat = [-1.25, 52.45];
const EM_WM_B: LonLat = [-1.6, 52.7];
const EM_WM_C: LonLat = [-1.85, 52.95];
const WM_SW_WALES: LonLat = [-2.65, 51.85];
const WM_SW_A: LonLat = [-2.35, 51.98];
const WM_SW_B: LonLat = [-2.05, 52.0];
const WM_SW_C: LonLat = [-1.8, 52.1];
const WM_SW_SE: LonLat = [-1.65, 52.0];
const THAMES: LonLat = [0.22, 51.5];
const LONDON_EE: LonLat[] = [
  [0.32, 51.6],
  [0.1, 51.67],
  [-0.1, 51.69],
  [-0.4, 51.66],
];
const LONDON_EE_SE: LonLat = [-0.5, 51.6];
const LONDON_SE: LonLat[] = [
  [-0.5, 51.45],
  [-0.35, 51.35],
  [-0.1, 51.29],
  [0.1, 51.32],
  [0.15, 51.42],
];
const EE_SE: LonLat[] = [
  [-0.6, 51.8],
  [-0.7, 52.0],
];
const SE_SW: LonLat[] = [
  [-1.7, 51.7],
  [-1.55, 51.45],
  [-1.65, 51.2],
  [-1.8, 50.9],
];
const CHRISTCHURCH: LonLat = [-1.75, 50.72];

const rev = (a: LonLat[]) => [...a].reverse();

interface RegionShape {
  code: string;
  name: string;
  rings: LonLat[][];
}

const REGION_SHAPES: readonly RegionShape[] = [
  {
    code: 'E12000001',
    name: 'North East',
    rings: [
      [
        SCOTLAND_EAST,
        [-1.72, 55.6],
        [-1.57, 55.33],
        [-1.42, 55.02],
        [-1.38, 54.91],
        [-1.2, 54.69],
        [-1.05, 54.62],
        SALTBURN,
        TEES,
        NE_NW_YH,
        NE_NW_A,
        NE_NW_B,
        KIELDER,
        [-2.48, 55.35],
        [-2.25, 55.63],
      ],
    ],
  },
  {
    code: 'E12000002',
    name: 'North West',
    rings: [
      [
        SOLWAY,
        [-3.4, 54.9],
        [-3.5, 54.71],
        [-3.64, 54.49],
        [-3.4, 54.2],
        [-3.2, 54.08],
        [-2.85, 54.15],
        [-3.01, 53.92],
        [-3.01, 53.65],
        [-3.1, 53.4],
        DEE,
        [-2.95, 53.15],
        NW_WM_WALES,
        NW_EM_WM,
        NW_EM,
        NW_YH_EM,
        NW_YH_A,
        NW_YH_B,
        NW_YH_C,
        NE_NW_YH,
        NE_NW_A,
        NE_NW_B,
        KIELDER,
        [-2.86, 55.06],
      ],
    ],
  },
  {
    code: 'E12000003',
    name: 'Yorkshire and The Humber',
    rings: [
      [
        SALTBURN,
        [-0.61, 54.49],
        [-0.4, 54.28],
        [-0.08, 54.12],
        [-0.2, 53.9],
        [0.12, 53.6],
        YH_EM_COAST,
        YH_EM_C,
        YH_EM_B,
        YH_EM_A,
        NW_YH_EM,
        NW_YH_A,
        NW_YH_B,
        NW_YH_C,
        NE_NW_YH,
        TEES,
      ],
    ],
  },
  {
    code: 'E12000004',
    name: 'East Midlands',
    rings: [
      [
        NW_YH_EM,
        YH_EM_A,
        YH_EM_B,
        YH_EM_C,
        YH_EM_COAST,
        [0.35, 53.2],
        [0.3, 52.98],
        WASH,
        EM_EE_A,
        EM_EE_B,
        EM_EE_C,
        EM_EE_SE,
        EM_WM_SE,
        EM_WM_A,
        EM_WM_B,
        EM_WM_C,
        NW_EM_WM,
        NW_EM,
      ],
    ],
  },
  {
    code: 'E12000005',
    name: 'West Midlands',
    rings: [
      [
        NW_EM_WM,
        NW_WM_WALES,
        [-3.15, 52.7],
        [-3.05, 52.35],
        [-3.1, 52.08],
        [-2.75, 51.95],
        WM_SW_WALES,
        WM_SW_A,
        WM_SW_B,
        WM_SW_C,
        WM_SW_SE,
        EM_WM_SE,
        EM_WM_A,
        EM_WM_B,
        EM_WM_C,
      ],
    ],
  },
  {
    code: 'E12000006',
    name: 'East of England',
    rings: [
      [
        WASH,
        [0.5, 52.95],
        [1.0, 52.96],
        [1.4, 52.85],
        [1.75, 52.62],
        [1.75, 52.45],
        [1.6, 52.1],
        [1.3, 51.95],
        [1.05, 51.8],
        [0.95, 51.6],
        [0.7, 51.53],
        THAMES,
        ...LONDON_EE,
        LONDON_EE_SE,
        ...EE_SE,
        EM_EE_SE,
        EM_EE_C,
        EM_EE_B,
        EM_EE_A,
      ],
    ],
  },
  {
    code: 'E12000007',
    name: 'London',
    rings: [[THAMES, ...LONDON_EE, LONDON_EE_SE, ...LONDON_SE]],
  },
  {
    code: 'E12000008',
    name: 'South East',
    rings: [
      [
        LONDON_EE_SE,
        ...EE_SE,
        EM_EE_SE,
        EM_WM_SE,
        WM_SW_SE,
        ...SE_SW,
        CHRISTCHURCH,
        [-1.55, 50.74],
        [-1.3, 50.84],
        [-1.0, 50.8],
        [-0.5, 50.8],
        [0.0, 50.78],
        [0.3, 50.75],
        [0.7, 50.86],
        [0.98, 50.92],
        [1.35, 51.12],
        [1.42, 51.35],
        [0.95, 51.45],
        [0.45, 51.46],
        THAMES,
        ...rev(LONDON_SE),
      ],
      [
        [-1.57, 50.67],
        [-1.3, 50.77],
        [-1.08, 50.7],
        [-1.3, 50.58],
      ],
    ],
  },
  {
    code: 'E12000009',
    name: 'South West',
    rings: [
      [
        WM_SW_WALES,
        [-2.67, 51.62],
        [-2.7, 51.5],
        [-3.0, 51.35],
        [-3.3, 51.2],
        [-3.8, 51.23],
        [-4.2, 51.2],
        [-4.55, 51.0],
        [-4.75, 50.75],
        [-5.05, 50.45],
        [-5.35, 50.22],
        [-5.7, 50.06],
        [-5.2, 49.96],
        [-5.05, 50.1],
        [-4.75, 50.3],
        [-4.15, 50.35],
        [-3.65, 50.22],
        [-3.5, 50.45],
        [-3.45, 50.62],
        [-2.95, 50.72],
        [-2.45, 50.6],
        [-1.95, 50.6],
        CHRISTCHURCH,
        ...rev(SE_SW),
        WM_SW_SE,
        WM_SW_C,
        WM_SW_B,
        WM_SW_A,
      ],
    ],
  },
];

const BOUNDS = { west: -5.9, east: 1.95, south: 49.8, north: 55.95 };
/** Degrees of longitude shrink with latitude: scale x by cos(53.5°), the middle of England. */
const X_SCALE = Math.cos((53.5 * Math.PI) / 180);
const PX_PER_DEGREE = 80;

const MAP_WIDTH = Math.round((BOUNDS.east - BOUNDS.west) * X_SCALE * PX_PER_DEGREE);
const MAP_HEIGHT = Math.round((BOUNDS.north - BOUNDS.south) * PX_PER_DEGREE);

export function project(lat: number, lon: number): { x: number; y: number } {
  const x = (lon - BOUNDS.west) * X_SCALE * PX_PER_DEGREE;
  const y = (BOUNDS.north - lat) * PX_PER_DEGREE;
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)) * 10) / 10;
  return { x: clamp(x, MAP_WIDTH), y: clamp(y, MAP_HEIGHT) };
}

interface MapMarker {
  lat: number;
  lon: number;
  /** Short text inside the marker (a rank). */
  label: string;
  /** Full words for the marker's tooltip. */
  title: string;
}

interface MapView {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  regions: { name: string; d: string }[];
  markers: { x: number; y: number; label: string; title: string }[];
  home?: { x: number; y: number; title: string; points: string };
}

function pathOf(rings: LonLat[][]): string {
  return rings
    .map(
      (ring) =>
        `M${ring
          .map(([lon, lat]) => {
            const p = project(lat, lon);
            return `${p.x},${p.y}`;
          })
          .join('L')}Z`,
    )
    .join('');
}

const REGION_PATHS = REGION_SHAPES.map((r) => ({ name: r.name, d: pathOf(r.rings) }));

/** The map's view model: region outlines, numbered unit markers, and a diamond for home. */
export function englandMap(o: {
  id: string;
  title: string;
  description: string;
  markers: MapMarker[];
  home?: { lat: number; lon: number; title: string };
}): MapView {
  const home = o.home ? project(o.home.lat, o.home.lon) : undefined;
  const r = 8;
  return {
    id: o.id,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    title: o.title,
    description: o.description,
    regions: REGION_PATHS,
    // Draw the best match last, so it sits on top where markers overlap.
    markers: o.markers.map((m) => ({ ...project(m.lat, m.lon), label: m.label, title: m.title })).reverse(),
    home:
      home && o.home
        ? {
            ...home,
            title: o.home.title,
            points: `${home.x},${home.y - r} ${home.x + r},${home.y} ${home.x},${home.y + r} ${home.x - r},${home.y}`,
          }
        : undefined,
  };
}
