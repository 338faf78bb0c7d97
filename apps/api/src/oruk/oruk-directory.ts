import { idOf, isObject, objectsOf, objectsUnder, Raw, textOf } from './oruk-json';

/**
 * An Open Referral directory read into linked records, whichever way the file was laid out:
 *
 * - HSDS 3.0 API pages (`{ contents: [service…] }`) or a bare list of services, with organization,
 *   service_at_locations → location, schedules, languages and cost_options nested in each service;
 * - flat tables in one object (`organizations`, `services`, `locations`, `service_at_locations`,
 *   `schedules`, `languages`, `cost_options`, `accessibility`, `addresses`…) joined by `*_id`;
 * - the older ORUK names for the same things (`regular_schedules`, `eligibilitys`,
 *   `accessibility_for_disabilities`, `physical_addresses`).
 */
export interface OrukDirectory {
  organizations: Map<string, OrukOrganization>;
  locations: Map<string, OrukLocation>;
  services: Map<string, OrukService>;
  /** Records that could not even be linked (no id): one message each. */
  unreadable: { recordType: OrukRecordType; recordId: string; message: string }[];
}

export type OrukRecordType = 'organization' | 'location' | 'service';

export interface OrukOrganization {
  id: string;
  raw: Raw;
}

export interface OrukLocation {
  id: string;
  raw: Raw;
  addresses: Raw[];
  accessibility: Raw[];
  /** Opening hours of the place itself. */
  schedules: Raw[];
}

export interface OrukServiceAtLocation {
  id: string;
  locationId: string;
  schedules: Raw[];
}

export interface OrukService {
  id: string;
  raw: Raw;
  organizationId: string | null;
  languages: Raw[];
  costOptions: Raw[];
  eligibility: Raw[];
  /** Schedules of the service as a whole (not of one service-at-location). */
  schedules: Raw[];
  serviceAtLocations: OrukServiceAtLocation[];
}

const SCHEDULES = ['schedules', 'regular_schedules'];
const ACCESSIBILITY = ['accessibility', 'accessibility_for_disabilities'];
const ADDRESSES = ['addresses', 'physical_addresses'];
const ELIGIBILITY = ['eligibilitys', 'eligibilities', 'eligibility'];

/** Groups the flat rows of one table by the record they point at. */
function byParent(rows: Raw[], key: string): Map<string, Raw[]> {
  const grouped = new Map<string, Raw[]>();
  for (const row of rows) {
    const parent = textOf(row[key]);
    if (!parent) continue;
    grouped.set(parent, [...(grouped.get(parent) ?? []), row]);
  }
  return grouped;
}

/** Reads a parsed JSON document; throws when it is not a directory at all. */
export function readDirectory(document: unknown): OrukDirectory {
  const root: Raw = Array.isArray(document)
    ? { services: document }
    : isObject(document)
      ? document
      : {};
  const topServices = objectsUnder(root, 'contents', 'services');
  const topOrganizations = objectsUnder(root, 'organizations');
  const topLocations = objectsUnder(root, 'locations');
  if (topServices.length + topOrganizations.length + topLocations.length === 0)
    throw new Error(
      'This is not an Open Referral directory: expected services (or contents), organizations or locations.',
    );

  const directory: OrukDirectory = {
    organizations: new Map(),
    locations: new Map(),
    services: new Map(),
    unreadable: [],
  };
  const flat = {
    schedules: objectsUnder(root, ...SCHEDULES),
    serviceAtLocations: objectsUnder(root, 'service_at_locations'),
    languages: objectsUnder(root, 'languages'),
    costOptions: objectsUnder(root, 'cost_options'),
    eligibility: objectsUnder(root, ...ELIGIBILITY),
    accessibility: objectsUnder(root, ...ACCESSIBILITY),
    addresses: objectsUnder(root, ...ADDRESSES),
  };
  const schedulesBySal = byParent(flat.schedules, 'service_at_location_id');
  const schedulesByService = byParent(
    flat.schedules.filter((s) => !textOf(s['service_at_location_id'])),
    'service_id',
  );
  const schedulesByLocation = byParent(
    flat.schedules.filter((s) => !textOf(s['service_id']) && !textOf(s['service_at_location_id'])),
    'location_id',
  );
  const salsByService = byParent(flat.serviceAtLocations, 'service_id');
  const languagesByService = byParent(flat.languages, 'service_id');
  const costsByService = byParent(flat.costOptions, 'service_id');
  const eligibilityByService = byParent(flat.eligibility, 'service_id');
  const accessibilityByLocation = byParent(flat.accessibility, 'location_id');
  const addressesByLocation = byParent(flat.addresses, 'location_id');

  const unreadable = (recordType: OrukRecordType, index: number, where: string): void => {
    directory.unreadable.push({
      recordType,
      recordId: `${where}[${index}]`,
      message: `The ${recordType} has no id, so it cannot be matched on a later import.`,
    });
  };

  const addOrganization = (raw: Raw, index: number, where: string) => {
    const id = idOf(raw);
    if (!id) return unreadable('organization', index, where);
    if (!directory.organizations.has(id)) directory.organizations.set(id, { id, raw });
    objectsUnder(raw, 'services').forEach((service, i) =>
      addService({ organization_id: id, ...service }, i, `${where}[${index}].services`),
    );
  };

  const addLocation = (raw: Raw, index: number, where: string): string | null => {
    const id = idOf(raw);
    if (!id) {
      unreadable('location', index, where);
      return null;
    }
    if (!directory.locations.has(id))
      directory.locations.set(id, {
        id,
        raw,
        addresses: [...objectsUnder(raw, ...ADDRESSES), ...(addressesByLocation.get(id) ?? [])],
        accessibility: [
          ...objectsUnder(raw, ...ACCESSIBILITY),
          ...(accessibilityByLocation.get(id) ?? []),
        ],
        schedules: [...objectsUnder(raw, ...SCHEDULES), ...(schedulesByLocation.get(id) ?? [])],
      });
    return id;
  };

  function addService(raw: Raw, index: number, where: string): void {
    const id = idOf(raw);
    if (!id) return unreadable('service', index, where);
    if (directory.services.has(id)) return;
    const nestedOrganization = objectsOf(raw['organization'])[0];
    if (nestedOrganization)
      addOrganization(nestedOrganization, index, `${where}[${index}].organization`);
    const organizationId =
      textOf(raw['organization_id']) ?? (nestedOrganization ? idOf(nestedOrganization) : null);

    const serviceAtLocations: OrukServiceAtLocation[] = [];
    const sals = [...objectsUnder(raw, 'service_at_locations'), ...(salsByService.get(id) ?? [])];
    sals.forEach((sal, i) => {
      const nested = objectsOf(sal['location'])[0];
      const locationId =
        (nested ? addLocation(nested, i, `${where}[${index}].service_at_locations`) : null) ??
        textOf(sal['location_id']);
      if (!locationId) return;
      const salId = idOf(sal) ?? `${id}@${locationId}`;
      serviceAtLocations.push({
        id: salId,
        locationId,
        schedules: [...objectsUnder(sal, ...SCHEDULES), ...(schedulesBySal.get(salId) ?? [])],
      });
    });
    // A location linked only through the service's own schedules still hosts it.
    const ownSchedules = [
      ...objectsUnder(raw, ...SCHEDULES),
      ...(schedulesByService.get(id) ?? []),
    ];
    for (const schedule of ownSchedules) {
      const locationId = textOf(schedule['location_id']);
      if (locationId && !serviceAtLocations.some((sal) => sal.locationId === locationId))
        serviceAtLocations.push({ id: `${id}@${locationId}`, locationId, schedules: [] });
    }

    directory.services.set(id, {
      id,
      raw,
      organizationId,
      languages: [...objectsUnder(raw, 'languages'), ...(languagesByService.get(id) ?? [])],
      costOptions: [...objectsUnder(raw, 'cost_options'), ...(costsByService.get(id) ?? [])],
      eligibility: [...objectsUnder(raw, ...ELIGIBILITY), ...(eligibilityByService.get(id) ?? [])],
      schedules: ownSchedules,
      serviceAtLocations,
    });
  }

  topOrganizations.forEach((raw, i) => addOrganization(raw, i, 'organizations'));
  topLocations.forEach((raw, i) => addLocation(raw, i, 'locations'));
  topServices.forEach((raw, i) => addService(raw, i, root['contents'] ? 'contents' : 'services'));
  return directory;
}

/** The schedules that make sessions of a service at one of its locations. */
export function schedulesAt(service: OrukService, sal: OrukServiceAtLocation): Raw[] {
  const here = service.schedules.filter((s) => textOf(s['location_id']) === sal.locationId);
  const everywhere = service.schedules.filter((s) => !textOf(s['location_id']));
  const specific = [...sal.schedules, ...here];
  return specific.length > 0 ? specific : everywhere;
}
