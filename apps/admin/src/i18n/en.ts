// English: react-admin's own messages plus ours. zh.ts has the same keys (test/unit/zh.test.ts checks).
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

export const enApp = {
  app: {
    title: 'Double-Random, One-Public Supervision Platform',
    short_title: 'Random Inspection Supervision',
    bureau: 'Linzi District Natural Resources Bureau',
    login: {
      subtitle: 'Linzi District Natural Resources Bureau · random inspection supervision',
      hint: 'Sign in with the account issued by the administrative licensing section.',
    },
    menu: { dashboard: 'Dashboard', lists: 'One list, two libraries', admin: 'Administration', api_tokens: 'API tokens' },
    scope: {
      own: 'Own unit',
      other_read_only: 'Other unit (read-only)',
      other_editable: 'Other unit (editable)',
      read_only_role: 'Read-only',
      edit_refused_title: 'This record belongs to another unit',
      edit_refused:
        'Each unit maintains its own records (rule 3). You may look at this record, but the server will refuse any change to it.',
    },
    role: { ADMIN: 'Administrator', UNIT_STAFF: 'Unit staff', LEADER: 'Leader', ANALYST: 'Analyst' },
    validation: {
      credit_code_length: 'A credit code has 18 characters',
      credit_code_charset: 'Only digits and capital letters except I, O, Z, S, V',
      id_number: 'An ID number has 18 characters (the last may be X)',
      ratio: 'Between 0 and 100 %',
    },
    retired: 'Retired',
    none: 'None',
    copy: 'Copy',
    copied: 'Copied',
  },
  enums: {
    UnitKind: { LEAD: 'Lead unit', SECTION: 'Business section', STATION: 'Land station' },
    Role: { ADMIN: 'Administrator', UNIT_STAFF: 'Unit staff', LEADER: 'Leader (read-only)', ANALYST: 'Analyst (read-only)' },
    CheckCategory: { GENERAL: 'General (ratio capped)', KEY: 'Key (no ratio cap)' },
    CheckMethod: {
      WRITTEN: 'Written check',
      ON_SITE: 'On-site check',
      ONLINE_MONITORING: 'Online monitoring',
      SAMPLE_TESTING: 'Sample testing',
      THIRD_PARTY: 'Third-party verification',
    },
    LibraryKind: { COMPREHENSIVE: 'Comprehensive library', SPECIAL: 'Special library' },
    BusinessScale: { LARGE: 'Large', MEDIUM: 'Medium', SMALL: 'Small', MICRO: 'Micro' },
    RiskLevel: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' },
    CreditStatus: { NORMAL: 'Normal', DISHONEST: 'Dishonest', ABNORMAL: 'Abnormal-operation list' },
    RegistrationStatus: { ACTIVE: 'Active', DEREGISTERED: 'Deregistered', REVOKED: 'Revoked', UNREACHABLE: 'Unreachable at address' },
    VersionChange: { CREATE: 'Created', UPDATE: 'Adjusted', RETIRE: 'Retired' },
  },
  resources: {
    Unit: {
      name: 'Unit |||| Units',
      fields: {
        id: 'ID', q: 'Search', code: 'Code', name: 'Name', kind: 'Kind', isLead: 'Lead unit', area: 'Town / street served',
        neighbourCodes: 'Neighbouring units', retiredAt: 'Retired at', targetCount: 'Targets', inspectorCount: 'Inspectors',
        lastConfirmation: 'Directories last confirmed', freshness: 'Directory freshness', includeRetired: 'Include retired',
      },
    },
    User: {
      name: 'User |||| Users',
      fields: {
        id: 'ID', q: 'Search', username: 'Username', name: 'Name', role: 'Role', unitId: 'Unit', isPrincipal: 'Unit principal',
        active: 'Active', lastLoginAt: 'Last sign-in', createdAt: 'Created at', password: 'Password',
      },
    },
    CheckItem: {
      name: 'Checklist item |||| Checklist',
      fields: {
        id: 'ID', q: 'Search', code: 'Code', name: 'Item', objectType: 'Object type', category: 'Category', methods: 'Methods',
        unitId: 'Responsible unit', legalBasis: 'Legal basis', defaultRatio: 'Default ratio (%)', ratioCap: 'Ratio cap (%)',
        needsExpert: 'Needs an expert', version: 'Version', retiredAt: 'Retired at', updatedAt: 'Updated at', versions: 'Versions',
        notice: 'Adjustment notice', includeRetired: 'Include retired',
      },
    },
    TargetLibrary: {
      name: 'Target library |||| Target libraries',
      fields: {
        id: 'ID', q: 'Search', code: 'Code', name: 'Name', kind: 'Kind', objectType: 'Object type held', unitId: 'Maintaining unit',
        buildStandard: 'Build standard', indicators: 'Classification indicators', supervisionRequirements: 'Supervision requirements',
        retiredAt: 'Retired at', targetCount: 'Targets', includeRetired: 'Include retired',
      },
    },
    Target: {
      name: 'Target |||| Targets',
      fields: {
        id: 'ID', q: 'Search', creditCode: 'Credit code (USCC)', name: 'Name', libraryId: 'Library', unitId: 'Maintaining unit',
        objectType: 'Object type', scale: 'Business scale', industry: 'Industry', area: 'Town / street', address: 'Registered address',
        legalRepresentative: 'Legal representative', contactPhone: 'Contact phone', riskLevel: 'Risk level', creditStatus: 'Credit status',
        registrationStatus: 'Registration status', keyIndustry: 'Key industry', repeatedComplaints: 'Repeated complaints',
        seriousViolation: 'Serious violations', notes: 'Notes', retiredAt: 'Retired at', createdAt: 'Created at', updatedAt: 'Updated at',
        editable: 'Editable', scope: 'Scope', includeRetired: 'Include retired', exemptions: 'Exempt from the yearly cap',
      },
    },
    Inspector: {
      name: 'Inspector |||| Inspectors',
      fields: {
        id: 'ID', q: 'Search', name: 'Name', idNumber: 'ID number', unitId: 'Unit', certificateNumber: 'Enforcement certificate No.',
        qualified: 'Enforcement qualification', drawable: 'Takes part in draws', canLead: 'May lead a team', title: 'Post', phone: 'Phone',
        specialties: 'Specialties', retiredAt: 'Retired at', createdAt: 'Created at', updatedAt: 'Updated at', editable: 'Editable',
        scope: 'Scope', includeRetired: 'Include retired',
      },
    },
    Expert: {
      name: 'Expert |||| Experts',
      fields: {
        id: 'ID', q: 'Search', name: 'Name', idNumber: 'ID number', organization: 'Organisation', field: 'Field', title: 'Title',
        phone: 'Phone', retiredAt: 'Retired at', editable: 'Editable', includeRetired: 'Include retired',
      },
    },
    DirectoryConfirmation: {
      name: 'Directory confirmation |||| Confirmations',
      fields: {
        id: 'ID', unitId: 'Unit', confirmedById: 'Confirmed by', confirmedAt: 'Confirmed at', targetCount: 'Targets at confirmation',
        inspectorCount: 'Inspectors at confirmation', note: 'Note',
      },
    },
    AuditEvent: {
      name: 'Audit event |||| Audit trail',
      fields: {
        id: 'ID', q: 'Search', at: 'When', actorId: 'Who', actorName: 'Who', unitId: 'Unit', action: 'Action', entity: 'Entity',
        entityId: 'Record', before: 'Before', after: 'After', from: 'From', to: 'To',
      },
    },
  },
  dashboard: {
    title: 'Dashboard',
    welcome: 'Welcome, %{name}',
    welcome_unit: '%{unit} · %{role}',
    targets: 'Targets',
    inspectors: 'Inspectors',
    qualified: '%{count} qualified',
    check_items: 'Checklist items',
    key_items: '%{count} key items',
    experts: 'Experts',
    freshness: 'Directory freshness by unit',
    freshness_hint: 'Before every draw a unit confirms its target and inspector directories are up to date (rule 4).',
    never: 'Never confirmed',
    today: 'Today',
    days_ago: '1 day ago |||| %{smart_count} days ago',
    chart: 'Targets and inspectors by unit',
    loading_error: 'The figures could not be loaded: %{message}',
  },
  directory: {
    confirm: 'Confirm directories are up to date',
    confirm_own: 'Confirm my unit’s directories are up to date',
    confirm_title: 'Confirm directories of %{unit}',
    confirm_content:
      'You confirm that the target directory and the inspector directory of %{unit} are up to date. Your name and the time are recorded (rule 4).',
    note: 'Note (optional)',
    confirmed: 'Directories confirmed: %{targets} targets, %{inspectors} inspectors',
  },
  audit: {
    changes: 'Changes',
    field: 'Field',
    unchanged: 'unchanged',
    raw: 'Raw record',
    empty: '(none)',
    entities: {
      Unit: 'Unit', User: 'User', CheckItem: 'Checklist item', TargetLibrary: 'Target library', Target: 'Target', Inspector: 'Inspector',
      Expert: 'Expert', DirectoryConfirmation: 'Directory confirmation', Session: 'Sign-in', ApiToken: 'API token', System: 'System',
    },
    actions: {
      loadDemoData: 'Load demo data', login: 'Sign in', logout: 'Sign out', changePassword: 'Change password', createApiToken: 'Create API token', revokeApiToken: 'Revoke API token',
      confirmDirectories: 'Confirm directories',
      createUnit: 'Create unit', updateUnit: 'Update unit', retireUnit: 'Retire unit',
      createUser: 'Create user', updateUser: 'Update user', deactivateUser: 'Deactivate user',
      createCheckItem: 'Add checklist item', updateCheckItem: 'Adjust checklist item', retireCheckItem: 'Retire checklist item',
      createTargetLibrary: 'Create library', updateTargetLibrary: 'Update library', retireTargetLibrary: 'Retire library',
      createTarget: 'Create target', updateTarget: 'Update target', deleteTarget: 'Delete target', retireTarget: 'Retire target',
      createInspector: 'Create inspector', updateInspector: 'Update inspector', deleteInspector: 'Delete inspector', retireInspector: 'Retire inspector',
      createExpert: 'Create expert', updateExpert: 'Update expert', deleteExpert: 'Delete expert', retireExpert: 'Retire expert',
    },
  },
  checkItem: {
    versions: 'Versions and adjustment notices',
    notice_help: 'Published with the adjusted checklist (rule 1). Required when adjusting an item.',
    notice_create_help: 'Optional; defaults to “New checklist item”.',
    ratio_help: 'A general item’s ratio may not exceed its cap; key items have no cap (rule 2).',
    ratio_cap_help: 'Empty: the system-wide cap for general items.',
    snapshot: 'Content of this version',
    change: 'Change',
    system_cap: 'System setting',
  },
  target: {
    area_help: 'Town or street of Linzi District',
    credit_code_help: '18 characters, GB 32100-2015',
    library_targets: 'Targets in this library',
  },
  inspector: {
    masked_help: 'Outside its own unit the ID number is shown masked.',
    drawable_help: 'Only inspectors with enforcement qualification may be drawn (rule 5).',
  },
  unit: { targets: 'Targets', inspectors: 'Inspectors', confirmations: 'Directory confirmations', details: 'Details' },
  apiTokens: {
    title: 'API tokens',
    intro:
      'Read-only API tokens let analysis tools query the GraphQL API (Authorization: Bearer <token>). A token can read but never change data.',
    create: 'New token',
    name: 'Purpose',
    days: 'Days valid (1–365)',
    token_hint: 'Starts with',
    created_at: 'Created',
    expires_at: 'Expires',
    revoked_at: 'Revoked',
    last_used_at: 'Last used',
    status: 'Status',
    active: 'Active',
    expired: 'Expired',
    revoked: 'Revoked',
    revoke: 'Revoke',
    revoke_title: 'Revoke token “%{name}”?',
    revoke_content: 'Tools using this token will stop working at once.',
    revoked_ok: 'Token revoked',
    created_title: 'Your new token',
    created_once: 'Copy it now: it is shown only this once and cannot be retrieved later.',
    none: 'No tokens yet.',
    forbidden: 'Only analysts and administrators manage API tokens.',
  },
};

export const enMessages: TranslationMessages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    message: {
      ...englishMessages.ra.message,
      update_title: 'Update %{name} %{recordRepresentation}',
      update_content: 'Are you sure you want to update %{name} %{recordRepresentation}?',
    },
  },
  ...enApp,
} as TranslationMessages;
