// The dashboard's figures, asked of the server in one query (counts are the server's, not a page summed here).
import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import type { DashboardQuery, DashboardQueryVariables } from '@ssj/graphql-types/operations';
import { apolloClient } from '../dataProvider/apolloClient';
import * as documents from '../dataProvider/documents';

const DASHBOARD = gql(documents.DASHBOARD);

export type UnitFigures = DashboardQuery['units'][number];

export const useDashboardFigures = () =>
  useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await apolloClient.query<DashboardQuery, DashboardQueryVariables>({ query: DASHBOARD })).data,
  });
