// Shard 2 of 2 of the query cases of the schema-driven fuzzing (fuzzing.ts), on a database of its own.
import { fuzzShard } from './fuzzing.ts';

fuzzShard('query', 2, 2);
