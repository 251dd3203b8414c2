// The dashboard's figures, asked of the server (rule 25: the database aggregates, the browser only shows):
// the period with the one before, the monthly trend of the year, and the units of the picker.
import { useQuery } from '@tanstack/react-query';
import type {
  AssessmentQuery,
  AssessmentQueryVariables,
  AssessmentTrendQuery,
  AssessmentTrendQueryVariables,
  AssessmentUnitsQuery,
  AssessmentUnitsQueryVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { ASSESSMENT, ASSESSMENT_TREND, ASSESSMENT_UNITS } from '../../dataProvider/documents';
import type { Selection } from './figures';

const ASSESSMENT_DOC = ASSESSMENT;
const TREND_DOC = ASSESSMENT_TREND;
const UNITS_DOC = ASSESSMENT_UNITS;

const unitIds = (s: Selection) => (s.unitId ? [s.unitId] : null);

export const useAssessment = (s: Selection) =>
  useQuery({
    queryKey: ['assessment', s.year, s.quarter, s.month, s.unitId],
    queryFn: async () =>
      (
        await graphqlClient.query<AssessmentQuery, AssessmentQueryVariables>({
          query: ASSESSMENT_DOC,
          variables: { year: s.year, quarter: s.quarter, month: s.month, unitIds: unitIds(s) },
        })
      ).data,
    placeholderData: (prev) => prev,
  });

export const useAssessmentTrend = (year: number, unitId: string | null) =>
  useQuery({
    queryKey: ['assessmentTrend', year, unitId],
    queryFn: async () =>
      (
        await graphqlClient.query<AssessmentTrendQuery, AssessmentTrendQueryVariables>({
          query: TREND_DOC,
          variables: { year, unitIds: unitId ? [unitId] : null },
        })
      ).data.assessmentTrend,
    placeholderData: (prev) => prev,
  });

export const useAssessmentUnits = () =>
  useQuery({
    queryKey: ['assessmentUnits'],
    queryFn: async () => (await graphqlClient.query<AssessmentUnitsQuery, AssessmentUnitsQueryVariables>({ query: UNITS_DOC })).data.allUnits,
    staleTime: 5 * 60_000,
  });
