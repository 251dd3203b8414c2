// The records react-admin's data provider returns are the schema's object types (@ssj/graphql-types, generated
// from the printed schema) with their relations replaced by what fields.ts selects: a page types a record as
// RecordOf<Type, relations> & { the relations it reads }, never as a hand-written copy of the server's fields.
export type RecordOf<T, Relations extends keyof T = never> = Omit<T, '__typename' | Relations>;
