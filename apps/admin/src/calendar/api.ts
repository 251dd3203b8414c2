// The calendar page's typed queries and their react-query keys (a change refetches the page and the to-do list); its
// commands run through useCommand with the documents of dataProvider/calendarDocuments.ts.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarDeclarationPreviewQuery,
  CalendarDeclarationPreviewQueryVariables,
  CalendarHistoryQuery,
  CalendarHistoryQueryVariables,
  CalendarYearQuery,
  CalendarYearQueryVariables,
  CalendarYearsQuery,
  CalendarYearsQueryVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../dataProvider/graphqlClient';
import * as documents from '../dataProvider/calendarDocuments';

export const Q = {
  years: documents.CALENDAR_YEARS,
  year: documents.CALENDAR_YEAR,
  preview: documents.CALENDAR_DECLARATION_PREVIEW,
  history: documents.CALENDAR_HISTORY,
};

export type YearStatus = CalendarYearsQuery['calendarYears'][number];
export type CalendarEntry = CalendarYearQuery['allCalendarEntries'][number];
export type HistoryEvent = CalendarHistoryQuery['entries'][number];
export type Preview = CalendarDeclarationPreviewQuery['calendarDeclarationPreview'];

export const useCalendarYears = () =>
  useQuery({
    queryKey: ['calendar', 'years'],
    queryFn: async () => (await graphqlClient.query<CalendarYearsQuery, CalendarYearsQueryVariables>({ query: Q.years })).data.calendarYears,
  });

export const useCalendarYear = (year: number | null) =>
  useQuery({
    queryKey: ['calendar', 'year', year],
    enabled: year !== null,
    queryFn: async () => (await graphqlClient.query<CalendarYearQuery, CalendarYearQueryVariables>({ query: Q.year, variables: { year: year! } })).data,
  });

export const useCalendarHistory = () =>
  useQuery({
    queryKey: ['calendar', 'history'],
    queryFn: async () => {
      const { data } = await graphqlClient.query<CalendarHistoryQuery, CalendarHistoryQueryVariables>({ query: Q.history });
      return [...data.entries, ...data.years];
    },
  });

export const useDeclarationPreview = (year: number, enabled: boolean) =>
  useQuery({
    queryKey: ['calendar', 'preview', year],
    enabled,
    gcTime: 0,
    queryFn: async () =>
      (
        await graphqlClient.query<CalendarDeclarationPreviewQuery, CalendarDeclarationPreviewQueryVariables>({
          query: Q.preview,
          variables: { year },
        })
      ).data.calendarDeclarationPreview,
  });

/** After a change: the page's queries and the to-do list (the reminder goes once the year is declared). */
export const useRefreshCalendar = () => {
  const client = useQueryClient();
  return async () => {
    await Promise.all([client.invalidateQueries({ queryKey: ['calendar'] }), client.invalidateQueries({ queryKey: ['myTodos'] })]);
  };
};
