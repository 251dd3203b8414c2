import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField, usePermissions } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { ShowActions } from '../../common/ShowActions';
import { SignInLock } from './SignInLock';
import { InspectorLinkField } from './InspectorLink';

const UserShow = () => {
  const { permissions } = usePermissions<string>();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        {permissions === 'ADMIN' && <SignInLock />}
        <TextField source="username" />
        <TextField source="name" />
        <EnumField source="role" enumName="Role" />
        <ReferenceField source="unitId" reference="Unit" />
        <InspectorLinkField label="resources.User.fields.inspectorId" />
        <BooleanField source="isPrincipal" />
        <BooleanField source="active" />
        {permissions === 'ADMIN' && <LocalDateTimeField source="lastLoginAt" emptyText="—" />}
        <LocalDateTimeField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
};

export default UserShow;
