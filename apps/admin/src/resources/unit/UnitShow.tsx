// A unit with its directories: targets, inspectors and the confirmations that they are up to date (rule 4).
import {
  BooleanField,
  Datagrid,
  Labeled,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { Box, Chip, Stack } from '@mui/material';
import { EnumField } from '../../common/EnumField';
import { RISK_COLOR } from '../../common/enums';
import { FreshnessChip } from '../../common/Freshness';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { RetiredChip } from '../../common/RetiredChip';
import { ShowActions } from '../../common/ShowActions';
import { ConfirmDirectoriesButton } from '../directoryConfirmation/ConfirmDirectoriesButton';
import { NotificationChannels } from './NotificationChannels';
import type { DirectoryConfirmation, Unit } from '@ssj/graphql-types';

type UnitRecord = Pick<Unit, 'id' | 'name' | 'neighbourCodes'> & { lastConfirmation: Pick<DirectoryConfirmation, 'confirmedAt'> | null };

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const Confirm = () => {
  const record = useRecordContext<UnitRecord>();
  if (!record) return null;
  return <ConfirmDirectoriesButton unitId={record.id} unitName={record.name} />;
};

const Freshness = () => {
  const record = useRecordContext<UnitRecord>();
  return <FreshnessChip confirmedAt={record?.lastConfirmation?.confirmedAt} />;
};

const Neighbours = () => {
  const record = useRecordContext<UnitRecord>();
  const list = record?.neighbourCodes ?? [];
  if (list.length === 0) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5}>
      {list.map((c) => (
        <Chip key={c} size="small" label={c} />
      ))}
    </Stack>
  );
};

const pagination = <Pagination rowsPerPageOptions={[10, 25, 50]} />;

const UnitShow = () => (
  <Show
    actions={
      <ShowActions>
        <Confirm />
      </ShowActions>
    }
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.Unit.details">
        <Stack direction="row" spacing={1}>
          <RetiredChip />
        </Stack>
        <Box sx={grid}>
          <Labeled>
            <TextField source="code" />
          </Labeled>
          <Labeled>
            <TextField source="name" />
          </Labeled>
          <Labeled>
            <EnumField source="kind" enumName="UnitKind" />
          </Labeled>
          <Labeled>
            <BooleanField source="isLead" />
          </Labeled>
          <Labeled>
            <TextField source="area" emptyText="—" />
          </Labeled>
          <Labeled source="neighbourCodes">
            <Neighbours />
          </Labeled>
          <Labeled>
            <NumberField source="targetCount" />
          </Labeled>
          <Labeled>
            <NumberField source="inspectorCount" />
          </Labeled>
          <Labeled source="lastConfirmation">
            <Freshness />
          </Labeled>
        </Box>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.Unit.targets" path="targets">
        <ReferenceManyField reference="Target" target="unitId" label={false} perPage={10} pagination={pagination} sort={{ field: 'name', order: 'ASC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
            <ReferenceField source="libraryId" reference="TargetLibrary" link={false} sortable={false} />
            <TextField source="area" />
            <EnumField source="riskLevel" enumName="RiskLevel" colors={RISK_COLOR} />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.Unit.inspectors" path="inspectors">
        <ReferenceManyField reference="Inspector" target="unitId" label={false} perPage={10} pagination={pagination} sort={{ field: 'name', order: 'ASC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="idNumber" sortable={false} sx={{ fontFamily: 'monospace' }} />
            <TextField source="title" sortable={false} emptyText="—" />
            <BooleanField source="qualified" />
            <BooleanField source="drawable" sortable={false} />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.Unit.confirmations" path="confirmations">
        <ReferenceManyField
          reference="DirectoryConfirmation"
          target="unitId"
          label={false}
          perPage={10}
          pagination={pagination}
          sort={{ field: 'confirmedAt', order: 'DESC' }}
        >
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <LocalDateTimeField source="confirmedAt" />
            <ReferenceField source="confirmedById" reference="User" link={false} sortable={false} />
            <NumberField source="targetCount" sortable={false} />
            <NumberField source="inspectorCount" sortable={false} />
            <TextField source="note" emptyText="—" sortable={false} />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="reminders.channel.tab" path="reminders">
        <NotificationChannels />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export default UnitShow;
