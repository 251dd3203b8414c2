// The dashboard's figures, asked of the server in one query (counts are the server's, not a page summed here).
import { useQuery } from '@tanstack/react-query';
import type { DashboardQuery, DashboardQueryVariables } from '@ssj/graphql-types/operations';
import { graphqlClient } from '../dataProvider/graphqlClient';
import * as documents from '../dataProvider/documents';

const DASHBOARD = documents.DASHBOARD;

export type UnitFigures = DashboardQuery['units'][number];

export const useDashboardFigures = () =>
  useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await graphqlClient.query<DashboardQuery, DashboardQueryVariables>({ query: DASHBOARD })).data,
  });
