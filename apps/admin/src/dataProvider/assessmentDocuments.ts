// The leadership dashboard's documents (rule 25): one period with the period before, the monthly trend, and
// the units of the picker. Plain strings, checked against the API's schema by test/unit/queries.test.ts.

const FIGURES = /* GraphQL */ `
  unitId
  unit { id code name kind }
  planCoverage { covered total share missing { id code name } }
  planExecution { lines linesWithoutTask planned drawn completed done share }
  taskCompletion {
    tasks tasksCompleted tasksCompletedOnTime targetsDrawn targetsCompleted targetsClosed targetsTransferred targetsTransferredIn
    targetsDone targetsLate targetsMissing share
  }
  timelyEntry { onTime late missingPastDue pending deadlineUnknown share }
  followUp { found handedOver closed medianDaysToHandOver medianDaysToClose }
  directories {
    targets { size lastConfirmedOn daysSinceConfirmation }
    inspectors { size qualified lastConfirmedOn daysSinceConfirmation }
  }
`;

export const ASSESSMENT = /* GraphQL */ `
  query Assessment($year: Int!, $quarter: Int, $month: Int, $unitIds: [ID!]) {
    current: assessment(year: $year, quarter: $quarter, month: $month, unitIds: $unitIds) {
      period { year quarter month from to }
      units { ${FIGURES} }
      total { ${FIGURES} }
    }
    definitions: figureDefinitions { key name nameEn definition definitionEn rule }
    previous: assessmentPrevious(year: $year, quarter: $quarter, month: $month, unitIds: $unitIds) {
      period { year quarter month from to }
      total {
        planCoverage { share }
        planExecution { share }
        taskCompletion { share }
        timelyEntry { share }
        followUp { found handedOver closed }
      }
    }
  }
`;

export const ASSESSMENT_TREND = /* GraphQL */ `
  query AssessmentTrend($year: Int!, $unitIds: [ID!]) {
    assessmentTrend(year: $year, unitIds: $unitIds) {
      period { year month }
      total { taskCompletion { share targetsDrawn } timelyEntry { share onTime late missingPastDue } followUp { found } }
    }
  }
`;

export const ASSESSMENT_UNITS = /* GraphQL */ `
  query AssessmentUnits {
    allUnits(perPage: 500, sortField: "code", sortOrder: "ASC") { id code name kind }
  }
`;
