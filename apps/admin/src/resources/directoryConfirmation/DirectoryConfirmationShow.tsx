import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalDateTimeField } from '../../common/LocalDateField';

const DirectoryConfirmationShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="unitId" reference="Unit" />
      <ReferenceField source="confirmedById" reference="User" link={false} />
      <LocalDateTimeField source="confirmedAt" />
      <NumberField source="targetCount" />
      <NumberField source="inspectorCount" />
      <TextField source="note" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export default DirectoryConfirmationShow;
