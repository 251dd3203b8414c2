// Shard 1 of 2 of the mutation cases of the schema-driven fuzzing (fuzzing.ts), on a database of its own.
import { fuzzShard } from './fuzzing.ts';

fuzzShard('mutation', 1, 2);
