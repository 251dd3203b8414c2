// The lists a mapping profile lays out (apps/api/src/importing/profiles.ts) and what the admin sends back: no
// __typename in the nested rows, trimmed text. No React here, so unit tests can load it.
import { PUBLICATION_KINDS } from '@ssj/domain';

export const PROFILE_LISTS = ['targets', 'inspectors', 'experts', 'checkItems', ...PUBLICATION_KINDS.map((k) => `publication.${k}`)] as const;

/** The message key of a list's name (message paths cannot hold the dot of `publication.<kind>`). */
export const listLabel = (list: string) => `resources.MappingProfile.lists.${list.replace(/\./g, '_')}`;

/** The list a resource exports and imports as (the profile's `list`). */
export const LIST_OF_RESOURCE: Readonly<Record<string, string>> = { Target: 'targets', Inspector: 'inspectors', Expert: 'experts', CheckItem: 'checkItems' };

export type ProfileValues = {
  name?: string;
  list?: string;
  direction?: 'IMPORT' | 'EXPORT';
  columns?: { field?: string | null; header?: string | null }[] | null;
  values?: { field?: string | null; from?: string | null; to?: string | null }[] | null;
};

export const toProfileInput = (data: ProfileValues) => ({
  name: data.name?.trim() ?? '',
  list: data.list,
  direction: data.direction,
  columns: (data.columns ?? []).map((c) => ({ field: (c?.field ?? '').trim(), header: (c?.header ?? '').trim() })),
  values: (data.values ?? []).map((v) => ({ field: (v?.field ?? '').trim(), from: (v?.from ?? '').trim(), to: (v?.to ?? '').trim() })),
});
