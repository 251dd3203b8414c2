// The results of the signed-in unit's tasks, soonest due first, with the working-day countdown (rule 20);
// approved results are published in bulk (all or none, the server names a result that cannot be).
import { useState } from 'react';
import { Box, Button, Chip, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import PublicIcon from '@mui/icons-material/PublicOutlined';
import {
  AutocompleteInput,
  BooleanInput,
  Confirm,
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useGetOne,
  useListContext,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import type { PublishResultsMutation, PublishResultsMutationVariables } from '@ssj/graphql-types/operations';
import { Countdown, ProvisionalMark } from '../../common/Countdown';
import { EnumField } from '../../common/EnumField';
import { enumChoices, RESULT_STATUS_COLOR } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { ExportMenu } from '../../exporting/ExportMenu';
import { ClosureExportButton } from '../transfer/ClosureExportButton';
import { LocalDateField } from '../../common/LocalDateField';
import { useOwnUnitFilter } from '../../common/useOwnUnitFilter';
import { PUBLISH_RESULTS } from '../../dataProvider/documents';
import { ResultCards } from './ResultCards';
import type { Result } from './types';
import { useCommand } from '../../common/useCommand';
import type { Unit } from '@ssj/graphql-types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="taskId" source="taskId" reference="Task" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={enumChoices('ResultStatus')} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="outcome" source="outcome" choices={enumChoices('ResultOutcome')} />,
  <BooleanInput key="overdue" source="overdue" />,
];

/** Bulk 公示 of the selected results (rule 20): only approved ones can be, and the server publishes all or none. */
const PublishSelectedButton = () => {
  const { selectedIds, data } = useListContext<Result>();
  const translate = useTranslate();
  const unselectAll = useUnselectAll('Result');
  const selected = (data ?? []).filter((r) => selectedIds.includes(r.id));
  const ready = selected.length > 0 && selected.every((r) => r.publishable);
  // Publishing cannot be undone (rule 26): it asks first, naming how many.
  const [asking, setAsking] = useState(false);
  const command = useCommand();
  const publish = async () => {
    setAsking(false);
    // react-admin's identifiers may be numbers; the data provider's are the API's string ids.
    const ids = selectedIds.map(String);
    const out = await command.mutate<PublishResultsMutation, PublishResultsMutationVariables>(
      PUBLISH_RESULTS,
      { ids },
      { success: 'resources.Result.published', successArgs: (o) => ({ smart_count: o.publishResults.length }) },
    );
    if (out) unselectAll();
  };
  return (
    <>
      <Button
        size="small"
        variant="contained"
        color="success"
        startIcon={<PublicIcon />}
        disabled={!ready}
        onClick={() => setAsking(true)}
        data-testid="publish-selected"
      >
        {translate('resources.Result.publish_selected')}
      </Button>
      <Confirm
        isOpen={asking}
        title="resources.Result.confirm_publish_title"
        content="resources.Result.confirm_publish_content"
        translateOptions={{ smart_count: selected.length }}
        confirm="resources.Result.publish"
        onClose={() => setAsking(false)}
        onConfirm={publish}
      />
    </>
  );
};

type FigureFilter = { kind: string; year: number; quarter?: number | null; month?: number | null; unitId?: string | null };

/**
 * A drill-down from the leadership dashboard lists the records behind one figure (filter.figure): say which, for
 * which unit and period, and let the user drop it to see the whole list again.
 */
const FigureFilterChip = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const figure = (filterValues as { figure?: FigureFilter } | undefined)?.figure;
  const { data: unit } = useGetOne<Pick<Unit, 'id' | 'name'>>('Unit', { id: figure?.unitId ?? '' }, { enabled: !!figure?.unitId });
  if (!figure) return null;
  const period = figure.month
    ? translate('resources.Result.figure_period_month', { year: figure.year, month: figure.month })
    : figure.quarter
      ? translate('resources.Result.figure_period_quarter', { year: figure.year, quarter: figure.quarter })
      : translate('resources.Result.figure_period_year', { year: figure.year });
  const label = translate('resources.Result.figure_filter', {
    figure: translate(`resources.Result.figure_kinds.${figure.kind}`, { _: figure.kind }),
    period,
    unit: figure.unitId ? (unit?.name ?? '…') : translate('resources.Result.figure_all_units'),
  });
  const drop = () => {
    const { figure: _dropped, ...rest } = filterValues as Record<string, unknown>;
    setFilters(rest, displayedFilters);
  };
  return <Chip color="info" label={label} onDelete={drop} data-testid="figure-filter" sx={{ alignSelf: 'center', mr: 1 }} />;
};

const TargetCell = (_p: { label?: string; source?: string }) => (
  <FunctionField<Result>
    render={(r) => (
      <Box>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {r.target?.name}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {r.target?.creditCode}
        </Typography>
      </Box>
    )}
  />
);

const ResultList = () => {
  const translate = useTranslate();
  const { isPending, filterDefaultValues } = useOwnUnitFilter();
  // A phone gets one card per result (ResultCards); the table does not fit 390 px.
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (isPending) return null;
  return (
    <List
      filters={filters}
      filterDefaultValues={filterDefaultValues}
      actions={
        <ListActions create={false} exporter={false}>
          <FigureFilterChip />
          <ExportMenu resource="Result" label="resources.Result.export_published" />
          <ClosureExportButton />
        </ListActions>
      }
      sort={{ field: 'dueOn', order: 'ASC' }}
      perPage={25}
      title={<span>{translate('resources.Result.name', { smart_count: 2 })}</span>}
    >
      {small ? (
        <ResultCards />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={<PublishSelectedButton />} isRowSelectable={(r) => (r as Result).publishable} data-testid="result-list">
          <TargetCell label="resources.Result.fields.target" />
          <FunctionField<Result>
            label="resources.Result.fields.task"
            render={(r) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{r.task?.code}</span>}
          />
          <ReferenceField source="responsibleUnitId" reference="Unit" link={false} sortable={false} label="resources.Result.fields.unitId" />
          <EnumField source="status" enumName="ResultStatus" colors={RESULT_STATUS_COLOR} />
          <EnumField source="outcome" enumName="ResultOutcome" />
          <FunctionField<Result>
            source="dueOn"
            label="resources.Result.fields.dueOn"
            render={(r) => (
              <Stack
                direction="row"
                spacing={0.5}
                sx={{ alignItems: 'center', whiteSpace: 'nowrap' }}
                data-testid="result-due-on"
                data-provisional={r.deadline?.provisional ? '1' : '0'}
              >
                <LocalDateField source="dueOn" emptyText="—" />
                {r.deadline?.provisional && <ProvisionalMark />}
              </Stack>
            )}
          />
          <FunctionField<Result>
            label="resources.Result.fields.deadline"
            render={(r) => (
              <Stack direction="row">
                <Countdown deadline={r.deadline} />
              </Stack>
            )}
          />
        </Datagrid>
      )}
    </List>
  );
};

export default ResultList;
