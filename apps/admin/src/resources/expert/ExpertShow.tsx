import { Show, SimpleShowLayout, TextField, usePermissions } from 'react-admin';
import { RetiredChip } from '../../common/RetiredChip';
import { ShowActions } from '../../common/ShowActions';

const ExpertShow = () => {
  const { permissions } = usePermissions<string>();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <RetiredChip />
        <TextField source="name" />
        <TextField source="organization" />
        <TextField source="field" />
        <TextField source="title" emptyText="—" />
        <TextField source="idNumber" emptyText="—" sx={{ fontFamily: 'monospace' }} />
        {/* The phone is for administrators only; others are not sent it. */}
        {permissions === 'ADMIN' && <TextField source="phone" emptyText="—" />}
      </SimpleShowLayout>
    </Show>
  );
};

export default ExpertShow;
