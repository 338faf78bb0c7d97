import type { JsonSchema } from './json-schema';

/**
 * The parts of Open Referral HSDS 3.0 that Village exports, written here from the published field
 * definitions (https://docs.openreferral.org/en/latest/hsds/schema_reference.html): a page of services
 * as the HSDS API's `GET /services` returns it, each service with its organization, languages, cost
 * options and service-at-locations (location, address, accessibility, schedules, attributes).
 *
 * Types, formats, enums and required fields follow HSDS 3.0. Every object is closed
 * (`additionalProperties: false`) so an export that invents a field fails the tests; HSDS itself lets
 * publishers add extension fields, and our importer ignores fields it does not know.
 */

const string: JsonSchema = { type: 'string' };
const number: JsonSchema = { type: 'number' };
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const date: JsonSchema = { type: 'string', format: 'date' };
const uri: JsonSchema = { type: 'string', format: 'uri' };
const email: JsonSchema = { type: 'string', format: 'email' };
/** HSDS times: HH:MM, optionally seconds and a UTC offset or `Z`. */
const time: JsonSchema = {
  type: 'string',
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-][0-9]{2}:[0-9]{2})?$',
};
const listOf = (name: string): JsonSchema => ({
  type: 'array',
  items: { $ref: `#/$defs/${name}` },
});
const DAY = '(MO|TU|WE|TH|FR|SA|SU)';

export const HSDS_SERVICE_LIST_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://village.example/schema/hsds-3.0-service-list.json',
  title: 'HSDS 3.0 page of services (the parts Village emits)',
  type: 'object',
  required: [
    'total_items',
    'total_pages',
    'page_number',
    'size',
    'first_page',
    'last_page',
    'empty',
    'contents',
  ],
  additionalProperties: false,
  properties: {
    total_items: { type: 'integer', minimum: 0 },
    total_pages: { type: 'integer', minimum: 0 },
    page_number: { type: 'integer', minimum: 0 },
    size: { type: 'integer', minimum: 0 },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: listOf('service'),
  },
  $defs: {
    service: {
      type: 'object',
      required: ['id', 'name', 'status'],
      additionalProperties: false,
      properties: {
        id: uuid,
        organization_id: uuid,
        name: { type: 'string', minLength: 1 },
        alternate_name: string,
        description: string,
        url: uri,
        email,
        status: { type: 'string', enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
        interpretation_services: string,
        application_process: string,
        fees_description: string,
        eligibility_description: string,
        minimum_age: number,
        maximum_age: number,
        assured_date: date,
        alert: string,
        last_modified: { type: 'string', format: 'date-time' },
        organization: { $ref: '#/$defs/organization' },
        languages: listOf('language'),
        cost_options: listOf('cost_option'),
        schedules: listOf('schedule'),
        service_at_locations: listOf('service_at_location'),
        attributes: listOf('attribute'),
      },
    },
    organization: {
      type: 'object',
      required: ['id', 'name', 'description'],
      additionalProperties: false,
      properties: {
        id: uuid,
        name: { type: 'string', minLength: 1 },
        alternate_name: string,
        description: string,
        email,
        website: uri,
        legal_status: string,
        logo: string,
        uri,
        parent_organization_id: uuid,
        attributes: listOf('attribute'),
      },
    },
    service_at_location: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: uuid,
        service_id: uuid,
        location_id: uuid,
        description: string,
        schedules: listOf('schedule'),
        location: { $ref: '#/$defs/location' },
        attributes: listOf('attribute'),
      },
    },
    location: {
      type: 'object',
      required: ['id', 'location_type'],
      additionalProperties: false,
      properties: {
        id: uuid,
        location_type: { type: 'string', enum: ['physical', 'postal', 'virtual'] },
        url: uri,
        organization_id: uuid,
        name: string,
        alternate_name: string,
        description: string,
        transportation: string,
        latitude: number,
        longitude: number,
        external_identifier: string,
        external_identifier_type: string,
        languages: listOf('language'),
        addresses: listOf('address'),
        accessibility: listOf('accessibility'),
        schedules: listOf('schedule'),
        attributes: listOf('attribute'),
      },
    },
    address: {
      type: 'object',
      required: [
        'id',
        'address_1',
        'city',
        'state_province',
        'postal_code',
        'country',
        'address_type',
      ],
      additionalProperties: false,
      properties: {
        id: uuid,
        location_id: uuid,
        attention: string,
        address_1: string,
        address_2: string,
        city: string,
        region: string,
        state_province: string,
        postal_code: string,
        // ISO 3166-1 alpha-2.
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
        address_type: { type: 'string', enum: ['physical', 'postal', 'virtual'] },
      },
    },
    accessibility: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: uuid,
        location_id: uuid,
        description: string,
        details: string,
        url: uri,
      },
    },
    language: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: uuid,
        service_id: uuid,
        location_id: uuid,
        phone_id: uuid,
        name: string,
        // ISO 639-1 or ISO 639-3.
        code: { type: 'string', pattern: '^[a-z]{2,3}$' },
        note: string,
      },
    },
    cost_option: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: uuid,
        service_id: uuid,
        valid_from: date,
        valid_to: date,
        option: string,
        // ISO 4217.
        currency: { type: 'string', pattern: '^[A-Z]{3}$' },
        amount: number,
        amount_description: string,
      },
    },
    schedule: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: uuid,
        service_id: uuid,
        location_id: uuid,
        service_at_location_id: uuid,
        valid_from: date,
        valid_to: date,
        dtstart: date,
        timezone: number,
        until: date,
        count: { type: 'integer', minimum: 1 },
        wkst: { type: 'string', enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
        freq: { type: 'string', enum: ['WEEKLY', 'MONTHLY'] },
        interval: { type: 'integer', minimum: 1 },
        byday: { type: 'string', pattern: `^[+-]?[0-9]{0,2}${DAY}(,[+-]?[0-9]{0,2}${DAY})*$` },
        byweekno: { type: 'string', pattern: '^-?[0-9]{1,2}(,-?[0-9]{1,2})*$' },
        bymonthday: { type: 'string', pattern: '^-?[0-9]{1,2}(,-?[0-9]{1,2})*$' },
        byyearday: { type: 'string', pattern: '^-?[0-9]{1,3}(,-?[0-9]{1,3})*$' },
        description: string,
        opens_at: time,
        closes_at: time,
        schedule_link: uri,
        attending_type: string,
        notes: string,
      },
    },
    attribute: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: uuid,
        link_id: uuid,
        taxonomy_term_id: uuid,
        link_type: string,
        link_entity: string,
        value: string,
        label: string,
        taxonomy_term: { $ref: '#/$defs/taxonomy_term' },
      },
    },
    taxonomy_term: {
      type: 'object',
      required: ['id', 'name', 'description'],
      additionalProperties: false,
      properties: {
        id: uuid,
        code: string,
        name: string,
        description: string,
        parent_id: uuid,
        taxonomy: string,
        language: string,
        taxonomy_id: uuid,
        term_uri: uri,
      },
    },
  },
};
