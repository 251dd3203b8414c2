import {
  ArrayField,
  BooleanField,
  ChipField,
  Datagrid,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  useTranslate,
} from 'react-admin';
import { Box, Stack, Typography } from '@mui/material';
import { EnumField } from '../../common/EnumField';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { formatPercent } from '../../common/PercentInput';
import { RetiredChip } from '../../common/RetiredChip';
import { ShowActions } from '../../common/ShowActions';
import type { CheckItemVersion } from '@ssj/graphql-types';
import type { RecordOf } from '../../dataProvider/records';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

type Version = RecordOf<CheckItemVersion>;

/** The version's content, compactly: the fields that matter for a published checklist. */
const Snapshot = ({ snapshot }: { snapshot: Record<string, unknown> | null }) => {
  const translate = useTranslate();
  if (!snapshot) return null;
  const show = ['name', 'objectType', 'category', 'methods', 'defaultRatio', 'ratioCap', 'legalBasis'];
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1, fontSize: 13 }}>
      {show
        .filter((k) => k in snapshot)
        .map((k) => {
          const v = snapshot[k];
          let text: string;
          if (k === 'category' && typeof v === 'string') text = translate(`enums.CheckCategory.${v}`, { _: v });
          else if (k === 'methods' && Array.isArray(v)) text = v.map((m) => translate(`enums.CheckMethod.${String(m)}`, { _: String(m) })).join('、');
          else if ((k === 'defaultRatio' || k === 'ratioCap') && v !== null) text = formatPercent(Number(v));
          else text = v === null || v === undefined ? '—' : String(v);
          return (
            <Box key={k} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ color: 'text.secondary' }}>
                {translate(`resources.CheckItem.fields.${k}`)}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {text}
              </Box>
            </Box>
          );
        })}
    </Box>
  );
};

const CheckItemShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
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
            <TextField source="objectType" />
          </Labeled>
          <Labeled>
            <EnumField source="category" enumName="CheckCategory" colors={{ KEY: 'warning', GENERAL: 'default' }} />
          </Labeled>
          <Labeled>
            <EnumField source="methods" enumName="CheckMethod" chip />
          </Labeled>
          <Labeled>
            <ReferenceField source="unitId" reference="Unit" />
          </Labeled>
          <Labeled>
            <FunctionField source="defaultRatio" render={(r: { defaultRatio?: number }) => formatPercent(r.defaultRatio)} />
          </Labeled>
          <Labeled>
            <FunctionField
              source="ratioCap"
              render={(r: { ratioCap?: number | null; category?: string }) =>
                r.category === 'KEY' ? '—' : r.ratioCap == null ? translate('resources.CheckItem.system_cap') : formatPercent(r.ratioCap)
              }
            />
          </Labeled>
          <Labeled>
            <BooleanField source="needsExpert" />
          </Labeled>
          <Labeled>
            <TextField source="expertField" emptyText="—" />
          </Labeled>
          <Labeled>
            <NumberField source="version" />
          </Labeled>
          <Labeled>
            <LocalDateTimeField source="updatedAt" />
          </Labeled>
        </Box>
        <Labeled>
          <ReferenceArrayField source="remitUnitIds" reference="Unit" perPage={100}>
            <SingleFieldList linkType={false}>
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
        </Labeled>
        <TextField source="legalBasis" />
        <Typography variant="h6" sx={{ mt: 2 }}>
          {translate('resources.CheckItem.versions')}
        </Typography>
        <ArrayField source="versions" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false} sx={{ '& td': { verticalAlign: 'top' } }}>
            <NumberField source="version" label="resources.CheckItem.fields.version" />
            <EnumField source="change" enumName="VersionChange" chip label="resources.CheckItem.change" />
            <LocalDateTimeField source="changedAt" label="resources.CheckItem.fields.updatedAt" />
            <TextField source="notice" label="resources.CheckItem.fields.notice" />
            <FunctionField label="resources.CheckItem.snapshot" render={(v: Version) => <Snapshot snapshot={v.snapshot as Record<string, unknown> | null} />} />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
};

export default CheckItemShow;
