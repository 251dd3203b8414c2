// The GraphQL documents of the working-day calendar page (rule 20) and of the bureau's "today", as plain
// strings (typed by scripts/operations.ts).

export const TODAY = /* GraphQL */ `query Today { today }`;

export const CALENDAR_YEARS = /* GraphQL */ `
  query CalendarYears {
    calendarYears { year known fromPackage declared entries provisional provisionalDueDates }
  }
`;

/** A year's days off and make-up working days, and the days the bureau entered for it. */
export const CALENDAR_YEAR = /* GraphQL */ `
  query CalendarYear($year: Int!) {
    calendarYearDays(year: $year) { date working kind name source provisional }
    allCalendarEntries(filter: { year: $year }, perPage: 400, sortField: "date", sortOrder: "ASC") { id date kind name createdAt }
  }
`;

export const CALENDAR_DECLARATION_PREVIEW = /* GraphQL */ `
  query CalendarDeclarationPreview($year: Int!) {
    calendarDeclarationPreview(year: $year) { year provisionalDueDates moving changes { entity entityId field from to provisional } }
  }
`;

export const CREATE_CALENDAR_ENTRY = /* GraphQL */ `
  mutation CreateCalendarEntry($date: Date, $kind: CalendarDayKind, $name: String) {
    createCalendarEntry(date: $date, kind: $kind, name: $name) { id date kind name }
  }
`;

export const UPDATE_CALENDAR_ENTRY = /* GraphQL */ `
  mutation UpdateCalendarEntry($id: ID!, $kind: CalendarDayKind, $name: String) {
    updateCalendarEntry(id: $id, kind: $kind, name: $name) { id date kind name }
  }
`;

export const DELETE_CALENDAR_ENTRY = /* GraphQL */ `
  mutation DeleteCalendarEntry($id: ID!) {
    deleteCalendarEntry(id: $id) { id }
  }
`;

export const DECLARE_CALENDAR_YEAR = /* GraphQL */ `
  mutation DeclareCalendarYear($year: Int!, $note: String) {
    declareCalendarYear(year: $year, note: $note) { id year note declaredAt }
  }
`;

/** Who changed the calendar: the audit trail of its entries and declarations (newest first). */
export const CALENDAR_HISTORY = /* GraphQL */ `
  query CalendarHistory {
    entries: allAuditEvents(filter: { entity: "CalendarEntry" }, perPage: 200, sortField: "at", sortOrder: "DESC") { id at actorName action entity entityId before after }
    years: allAuditEvents(filter: { entity: "CalendarYear" }, perPage: 100, sortField: "at", sortOrder: "DESC") { id at actorName action entity entityId before after }
  }
`;
