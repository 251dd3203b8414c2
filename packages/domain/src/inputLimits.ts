// What a single input value may be, for every form and API argument alike (the API's input guard,
// apps/api/src/inputGuard.ts, applies these to every argument; the admin's forms can import the same numbers).
// PostgreSQL text refuses NUL, a unique index refuses a value over ≈ 2.7 kB, and no field of this product needs
// control characters other than tab and line breaks, hundreds of kilobytes of text, or a year outside 1900–2100.

/** Years a date may fall in (ids of calendar entries, windows, inspection dates, audit ranges …). */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** Characters of a text field not named in TEXT_LIMITS. */
export const DEFAULT_TEXT_LIMIT = 2000;

/** Maximum characters per field name (an argument or an input field of that name, wherever it appears). */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  // codes and identifiers
  code: 50,
  creditCode: 50,
  idNumber: 30,
  username: 50,
  key: 50,
  kind: 50,
  field: 100,
  sortField: 50,
  sortOrder: 10,
  neighbourCodes: 50,
  candidateListHash: 128,
  parametersHash: 128,
  certificateNumber: 100,
  caseNumber: 100,
  // passwords (bcrypt reads 72 bytes; longer is no stronger)
  password: 200,
  newPassword: 200,
  oldPassword: 200,
  // names and short text
  name: 200,
  title: 200,
  label: 200,
  organization: 200,
  filedWith: 200,
  raisedBy: 200,
  witnessName: 100,
  legalRepresentative: 100,
  industry: 100,
  objectType: 100,
  area: 100,
  specialties: 100,
  action: 100,
  entity: 100,
  phone: 50,
  contactPhone: 50,
  mimeType: 200,
  filename: 255,
  q: 200,
  address: 500,
  scope: 2000,
  witnessEntropy: 500,
  // prose
  legalBasis: 5000,
  basis: 2000,
  campaignBasis: 500,
  reason: 2000,
  note: 2000,
  notice: 2000,
  notes: 5000,
  remarks: 5000,
  finding: 5000,
  indicators: 5000,
  buildStandard: 5000,
  supervisionRequirements: 5000,
  content: 20000,
  // evidence travels as base64 in GraphQL: 20 MB a file (result.ts) ≈ 27 MB encoded
  contentBase64: 28_000_000,
};

/** Ids: cuids, calendar dates, audit sequence numbers — letters, digits and - _ . : only. */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

export const maxLengthOf = (field: string): number => TEXT_LIMITS[field] ?? DEFAULT_TEXT_LIMIT;

/** The first control character other than tab, line feed and carriage return (NUL included), or null. */
export function controlCharacter(s: string): string | null {
  // C0 controls but \t \n \r, DEL, C1 controls, and the bidirectional overrides that disguise file names.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(s);
  return m ? m[0] : null;
}

export const yearInRange = (year: number): boolean => Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
