// The Result type and its commands live in ./result/ (one file per type); this module re-exports them.
export * from './result/index.ts';
