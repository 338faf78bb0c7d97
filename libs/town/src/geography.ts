import { areaCellFor } from '@village/shared';
import { gridDisk } from 'h3-js';
import type { CommunityId } from './communities';
import type { Random } from './random';

/**
 * The map of a fictional town of about 500,000 people modelled on the West Yorkshire mill towns:
 * thirty wards over roughly 15 × 15 km around 53.79 N, 1.75 W. Terraced inner wards are dense and
 * home to long-settled South Asian communities and newer Eastern European ones; the outer wards
 * are suburban, greener and mostly White British.
 */
export const TOWN_CENTRE = { latitude: 53.79, longitude: -1.75 } as const;
const HALF_WIDTH_KM = 7.5;
const KM_PER_DEGREE_LATITUDE = 111.2;
const KM_PER_DEGREE_LONGITUDE = 111.32 * Math.cos((TOWN_CENTRE.latitude * Math.PI) / 180);

export interface Ward {
  index: number;
  name: string;
  /** Postcode district, e.g. `BD8`. */
  district: string;
  /** Centre, in km east and north of the town centre. */
  x: number;
  y: number;
  /** Relative number of member households (terraces are denser than suburbs). */
  density: number;
  /** Standard deviation of homes around the centre, in km. */
  spread: number;
  /** Share of households from each community; missing communities are absent. */
  communities: Readonly<Partial<Record<CommunityId, number>>>;
}

type WardRow = [
  name: string,
  district: string,
  x: number,
  y: number,
  density: number,
  spread: number,
  profile: Profile,
];

// Community mixes that recur across wards; the town-wide shares emerge from where they are used.
type Profile = keyof typeof PROFILES;
const PROFILES = {
  centre: {
    british: 0.4,
    pakistani: 0.2,
    africanCaribbean: 0.08,
    polish: 0.08,
    romanian: 0.08,
    arab: 0.1,
    bangladeshi: 0.06,
  },
  pakistaniInner: {
    pakistani: 0.68,
    british: 0.14,
    bangladeshi: 0.06,
    arab: 0.05,
    slovak: 0.04,
    africanCaribbean: 0.03,
  },
  southAsianMixed: {
    pakistani: 0.45,
    bangladeshi: 0.22,
    british: 0.2,
    arab: 0.06,
    africanCaribbean: 0.07,
  },
  pakistaniSikh: { pakistani: 0.4, sikh: 0.3, british: 0.26, africanCaribbean: 0.04 },
  easternEuropean: { polish: 0.3, slovak: 0.2, romanian: 0.18, british: 0.24, pakistani: 0.08 },
  innerMixed: {
    british: 0.34,
    pakistani: 0.24,
    arab: 0.1,
    romanian: 0.1,
    africanCaribbean: 0.1,
    polish: 0.06,
    slovak: 0.06,
  },
  suburbanMixed: {
    british: 0.62,
    pakistani: 0.2,
    sikh: 0.08,
    polish: 0.05,
    africanCaribbean: 0.05,
  },
  suburbanPolish: { british: 0.72, polish: 0.16, pakistani: 0.06, romanian: 0.06 },
  suburban: { british: 0.9, pakistani: 0.04, africanCaribbean: 0.02, polish: 0.04 },
} as const satisfies Record<string, Partial<Record<CommunityId, number>>>;

const WARD_ROWS: readonly WardRow[] = [
  ['Kirkgate', 'BD1', 0, 0, 0.5, 0.7, 'centre'],
  // Inner ring: terraces around the old mills.
  ['Northgate', 'BD8', -1.0, 2.2, 1.6, 0.75, 'pakistaniInner'],
  ['Hollins Hill', 'BD9', -2.3, 1.5, 1.6, 0.75, 'pakistaniInner'],
  ['Westbrook', 'BD8', -2.6, -0.3, 1.5, 0.75, 'pakistaniInner'],
  ['Moorside', 'BD7', -1.6, -2.1, 1.5, 0.8, 'southAsianMixed'],
  ['Bowfield', 'BD5', 0.3, -2.5, 1.5, 0.8, 'southAsianMixed'],
  ['Eastmoor', 'BD3', 2.3, -0.8, 1.4, 0.8, 'easternEuropean'],
  ['Barkfield', 'BD3', 2.0, 1.5, 1.4, 0.8, 'southAsianMixed'],
  ['Canal Side', 'BD2', 0.7, 2.7, 1.3, 0.8, 'innerMixed'],
  // Middle ring: interwar estates and newer housing.
  ['Heatonfield', 'BD9', -3.3, 3.8, 1.1, 1.0, 'pakistaniSikh'],
  ['Thornley', 'BD13', -5.2, 0.8, 0.9, 1.1, 'suburbanMixed'],
  ['Claybrough', 'BD14', -4.6, -2.4, 0.9, 1.1, 'suburbanMixed'],
  ['Wibden', 'BD6', -2.4, -4.6, 1.0, 1.1, 'suburban'],
  ['Low Fold', 'BD12', 0.2, -5.0, 1.0, 1.1, 'suburbanPolish'],
  ['Bierholme', 'BD4', 2.8, -4.0, 1.0, 1.0, 'suburbanPolish'],
  ['Laister Green', 'BD4', 4.4, -1.6, 1.1, 1.0, 'easternEuropean'],
  ['Thornbank', 'BD3', 5.0, 0.8, 1.0, 1.0, 'easternEuropean'],
  ['Ecclesfield', 'BD2', 3.8, 3.4, 1.0, 1.0, 'pakistaniSikh'],
  ['Boltwood', 'BD2', 1.6, 4.7, 1.0, 1.0, 'innerMixed'],
  ['Frizley', 'BD9', -1.2, 4.9, 1.0, 1.0, 'pakistaniSikh'],
  // Outer ring: suburbs and villages swallowed by the town.
  ['Shipton Bank', 'BD18', -2.2, 6.9, 0.6, 1.2, 'suburban'],
  ['Baildale', 'BD17', 1.8, 6.9, 0.6, 1.2, 'suburban'],
  ['Idle Green', 'BD10', 4.6, 5.8, 0.6, 1.2, 'suburban'],
  ['Calverdale', 'BD10', 6.8, 3.0, 0.5, 1.2, 'suburban'],
  ['Tongate', 'BD4', 6.3, -3.6, 0.5, 1.2, 'suburbanPolish'],
  ['Wykeham Bridge', 'BD12', 2.5, -6.8, 0.6, 1.2, 'suburban'],
  ['Queensmoor', 'BD13', -5.0, -5.6, 0.6, 1.2, 'suburban'],
  ['Thornfield', 'BD13', -6.9, 1.0, 0.5, 1.2, 'suburban'],
  ['Allerbrook', 'BD15', -5.6, 3.6, 0.7, 1.1, 'suburbanMixed'],
  ['Wrosedale', 'BD18', -4.0, 6.2, 0.6, 1.1, 'suburbanMixed'],
];

export const WARDS: readonly Ward[] = WARD_ROWS.map(
  ([name, district, x, y, density, spread, profile], index) => ({
    index,
    name,
    district,
    x,
    y,
    density,
    spread,
    communities: PROFILES[profile],
  }),
);

export interface Point {
  latitude: number;
  longitude: number;
}

function kmToPoint(x: number, y: number): Point {
  return {
    latitude: round6(TOWN_CENTRE.latitude + y / KM_PER_DEGREE_LATITUDE),
    longitude: round6(TOWN_CENTRE.longitude + x / KM_PER_DEGREE_LONGITUDE),
  };
}

/** A ward's centre. */
export function wardCentre(ward: Ward): Point {
  return kmToPoint(ward.x, ward.y);
}

/** A point scattered around a ward's centre, kept inside the town's square. */
export function pointInWard(random: Random, ward: Ward, spreadFactor = 1): Point {
  const clamp = (v: number) => Math.max(-HALF_WIDTH_KM, Math.min(HALF_WIDTH_KM, v));
  const x = clamp(ward.x + random.normal() * ward.spread * spreadFactor);
  const y = clamp(ward.y + random.normal() * ward.spread * spreadFactor);
  return kmToPoint(x, y);
}

export function wardDistanceKm(a: Ward, b: Ward): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** A home's area cell: the only form in which the generator ever keeps where someone lives. */
export function homeCell(random: Random, ward: Ward): string {
  const home = pointInWard(random, ward);
  return areaCellFor(home.latitude, home.longitude);
}

/** Cells sharing an edge with `cell`, plus the cell itself; memoised because ties ask for the same cells often. */
export class CellNeighbourhoods {
  private readonly cache = new Map<string, readonly string[]>();

  around(cell: string): readonly string[] {
    let disk = this.cache.get(cell);
    if (!disk) {
      disk = gridDisk(cell, 1);
      this.cache.set(cell, disk);
    }
    return disk;
  }
}

// Royal Mail never uses C, I, K, M, O or V in the last two letters.
export const POSTCODE_UNIT_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ'];

/** A plausible postcode in the ward's district, like `BD8 7QX`. */
export function postcodeIn(random: Random, ward: Ward): string {
  return `${ward.district} ${random.int(1, 9)}${random.pick(POSTCODE_UNIT_LETTERS)}${random.pick(POSTCODE_UNIT_LETTERS)}`;
}

export const STREETS = [
  'Church Street',
  'Mill Lane',
  'Victoria Road',
  'Manor Row',
  'Leeds Road',
  'Wakefield Road',
  'Thornton Road',
  'Carlisle Road',
  'Oak Lane',
  'Westgate',
  'Ashgrove',
  'Park Road',
  'Station Road',
  'Moor Lane',
  'Kirk Lane',
  'Low Lane',
  'Heaton Road',
  'Beacon Road',
  'Bolton Road',
  'Harrogate Road',
  'Whetley Lane',
  'Queen Street',
  'King Street',
  'Albert Road',
  'Cavendish Road',
  'Howard Street',
  'Grange Road',
  'Rose Street',
  'Spring Gardens',
  'Chapel Street',
  'Cliffe Road',
  'Green Lane',
  'Fountain Street',
  'Highfield Road',
  'Woodhall Road',
  'Sunbridge Road',
  'Otley Road',
  'Killinghall Road',
  'Newlands Avenue',
  'Bank Street',
] as const;

/** A street address (without postcode) in a ward, e.g. `14 Mill Lane, Northgate`. */
export function addressIn(
  random: Random,
  ward: Ward,
  street = random.pick(STREETS),
  numbered = true,
): string {
  return numbered ? `${random.int(1, 240)} ${street}, ${ward.name}` : `${street}, ${ward.name}`;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
