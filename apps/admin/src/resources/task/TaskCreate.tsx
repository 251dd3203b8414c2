// Setting up a task (rule 11, G15): from a filed plan of the user's unit, optionally one of its lines, with the
// checklist items it checks (all in the plan), the executing unit (the plan's own, or delegated, G14), the window
// in the plan year, at least 2 inspectors per target (rule 15), whether results are published, temporary
// (rule 10), and whether a campaign or higher authority ordered it (rule 9, with its basis).
import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, required, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { TaskInputs } from './TaskInputs';

const TaskCreate = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<string>();
  if (!identity) return null;
  // Staff see their own unit's filed plans (G15: the unit that made the plan sets up its tasks).
  const planFilter = { status: 'FILED', ...(permissions === 'UNIT_STAFF' ? { unitId: identity.unitId } : {}) };
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm
        toolbar={<FormToolbar deletable={false} />}
        defaultValues={{ teamSize: 2, isPublic: true, temporary: false, campaignOrdered: false, executingUnitId: identity.unitId }}
        mode="onBlur"
        reValidateMode="onChange"
      >
        <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
          {translate('resources.Task.create_from_plan')}
        </Alert>
        <FormSection columns={2}>
          <ReferenceInput source="planId" reference="Plan" filter={planFilter} sort={{ field: 'year', order: 'DESC' }}>
            <AutocompleteInput validate={required()} />
          </ReferenceInput>
          <TextInput source="name" validate={required()} />
        </FormSection>
        <TaskInputs />
      </SimpleForm>
    </Create>
  );
};

export default TaskCreate;
