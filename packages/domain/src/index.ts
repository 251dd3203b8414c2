// @ssj/domain — pure, I/O-free rules of the 双随机、一公开 platform. See README.md.
export * from './errors.ts';
export * from './creditCode.ts';
export * from './idNumber.ts';
export * from './dates.ts';
export * from './calendar.ts';
export * from './deadlines.ts';
export * from './hashing.ts';
export * from './drawing.ts';
export * from './matching.ts';
export * from './merging.ts';
export * from './coverage.ts';
export * from './assessment.ts';
export * from './figureDefinitions.ts';
export * from './results.ts';
export * from './inputLimits.ts';
export * from './signIn.ts';
