// The shapes the assessment queries return (assessmentDocuments.ts), as the dashboard reads them.
import type { Period } from './figures';

export type UnitRef = { id: string; code: string; name: string; kind: 'LEAD' | 'SECTION' | 'STATION' };

export type Figures = {
  unitId: string | null;
  unit: UnitRef | null;
  planCoverage: { covered: number; total: number; share: number | null; missing: { id: string; code: string; name: string }[] };
  taskCompletion: {
    tasks: number; tasksCompleted: number; tasksCompletedOnTime: number; targetsDrawn: number; targetsCompleted: number;
    targetsClosed: number; targetsTransferred: number; share: number | null;
  };
  timelyEntry: { onTime: number; late: number; missingPastDue: number; pending: number; deadlineUnknown: number; share: number | null };
  followUp: { found: number; handedOver: number; closed: number; medianDaysToHandOver: number | null; medianDaysToClose: number | null };
  directories: {
    targets: { size: number; lastConfirmedOn: string | null; daysSinceConfirmation: number | null };
    inspectors: { size: number; qualified: number; lastConfirmedOn: string | null; daysSinceConfirmation: number | null };
  };
};

export type AssessmentPeriod = Period & { from: string; to: string };

export type Assessment = { period: AssessmentPeriod; units: Figures[]; total: Figures };

export type PreviousAssessment = {
  period: AssessmentPeriod;
  total: {
    planCoverage: { share: number | null };
    taskCompletion: { share: number | null };
    timelyEntry: { share: number | null };
    followUp: { found: number; handedOver: number; closed: number };
  };
};

export type TrendPoint = {
  period: { year: number; month: number | null };
  total: {
    taskCompletion: { share: number | null; targetsDrawn: number };
    timelyEntry: { share: number | null; onTime: number; late: number; missingPastDue: number };
    followUp: { found: number };
  };
};
