// TypeScript types for the API's schema, generated from schema.graphql (GraphQL Code Generator).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/types.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true },
      },
    },
  },
};
export default config;
