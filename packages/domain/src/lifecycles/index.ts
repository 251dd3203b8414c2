// The lifecycles of the records the platform moves through states, one module each: the states, the allowed
// transitions as a table (machine.ts), who takes each action and what it needs. Results, follow-ups, reviews and
// transfers keep theirs in ../results.ts and ../transfers.ts; a task's targets theirs in taskTarget.ts.
export * from './machine.ts';
export * from './condition.ts';
export * from './plan.ts';
export * from './task.ts';
export * from './draw.ts';
export * from './team.ts';
export * from './correction.ts';
export * from './taskTarget.ts';
