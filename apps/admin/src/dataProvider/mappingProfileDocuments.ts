// Mapping profiles (映射方案, docs/publication.md "Exchange with the city"): the fields a profile of a list may name,
// and the profiles to offer in the import wizard and the export dialog.
export const MAPPING_PROFILE_FIELDS = /* GraphQL */ `query MappingProfileFields($list: String!, $direction: MappingDirection!) {
  mappingProfileFields(list: $list, direction: $direction) { field header }
}`;

export const MAPPING_PROFILE_CHOICES = /* GraphQL */ `query MappingProfileChoices($list: String!, $direction: MappingDirection!) {
  allMappingProfiles(filter: { list: $list, direction: $direction }, perPage: 500, sortField: "name", sortOrder: "ASC") { id name }
}`;
