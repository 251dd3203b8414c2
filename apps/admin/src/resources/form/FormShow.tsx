import { ArrayField, Datagrid, Labeled, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Box } from '@mui/material';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { ShowActions } from '../../common/ShowActions';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const FormShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout spacing={3}>
      <Box sx={grid}>
        <Labeled>
          <TextField source="code" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
        <Labeled>
          <TextField source="name" />
        </Labeled>
        <Labeled>
          <ReferenceField source="checkItemId" reference="CheckItem" emptyText="—" />
        </Labeled>
        <Labeled>
          <NumberField source="version" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="retiredAt" emptyText="—" />
        </Labeled>
      </Box>
      <ArrayField source="fields">
        <Datagrid bulkActionButtons={false} rowClick={false} data-testid="form-fields">
          <TextField source="key" label="resources.Form.fields.key" sx={{ fontFamily: 'monospace' }} />
          <TextField source="label" label="resources.Form.fields.label" />
          <TextField source="basis" label="resources.Form.fields.basis" emptyText="—" />
        </Datagrid>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);

export default FormShow;
