// The dashboard's figures, asked of the server in one query (counts are the server's, not a page summed here).
import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { apolloClient } from '../dataProvider/apolloClient';
import * as documents from '../dataProvider/documents';

const DASHBOARD = gql(documents.DASHBOARD);

export type UnitFigures = {
  id: string;
  code: string;
  name: string;
  kind: 'LEAD' | 'SECTION' | 'STATION';
  targetCount: number;
  inspectorCount: number;
  lastConfirmation: { id: string; confirmedAt: string } | null;
};

export type DashboardFigures = {
  targets: { count: number };
  inspectors: { count: number };
  qualified: { count: number };
  checkItems: { count: number };
  keyItems: { count: number };
  experts: { count: number };
  units: UnitFigures[];
};

export const useDashboardFigures = () =>
  useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await apolloClient.query<DashboardFigures>({ query: DASHBOARD })).data,
  });
