// The shapes the assessment queries return (assessmentDocuments.ts), as the dashboard reads them: derived from
// the generated operation types (@ssj/graphql-types/operations), so they follow the documents and the schema.
import type { AssessmentQuery, AssessmentTrendQuery, AssessmentUnitsQuery } from '@ssj/graphql-types/operations';

export type UnitRef = AssessmentUnitsQuery['allUnits'][number];

export type Assessment = AssessmentQuery['current'];
export type AssessmentPeriod = Assessment['period'];
export type Figures = Assessment['total'];

export type PreviousAssessment = AssessmentQuery['previous'];

/** What a figure counts and the rule it comes from (the API's figureDefinitions, from packages/domain). */
export type FigureDefinition = AssessmentQuery['definitions'][number];

export type TrendPoint = AssessmentTrendQuery['assessmentTrend'][number];
