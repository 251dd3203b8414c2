// Changing a task before its draw (rule 11; the server refuses once drawn: TASK.NOT_EDITABLE): the same inputs as
// setting it up, with its plan fixed. Only what updateTask takes is sent — the page's read-only fields (status,
// commitment, classes…) are not. The task page offers this while the task is `editable`.
import { AutocompleteInput, Edit, ReferenceInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { TaskInputs } from './TaskInputs';

/** The arguments of updateTask the form edits. */
const EDITABLE = [
  'name',
  'planItemId',
  'executingUnitId',
  'windowFrom',
  'windowTo',
  'checkItemIds',
  'teamSize',
  'isPublic',
  'withheldCategory',
  'withheldBasis',
  'temporary',
  'campaignOrdered',
  'campaignBasis',
] as const;

const onlyEditable = (data: Record<string, unknown>) => Object.fromEntries(EDITABLE.filter((k) => k in data).map((k) => [k, data[k]]));

const TaskEdit = () => {
  const translate = useTranslate();
  return (
    <Edit redirect="show" mutationMode="pessimistic" transform={onlyEditable}>
      <SimpleForm toolbar={<FormToolbar />} mode="onBlur" reValidateMode="onChange">
        <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
          {translate('resources.Task.edit_before_draw')}
        </Alert>
        <FormSection columns={2}>
          <ReferenceInput source="planId" reference="Plan">
            <AutocompleteInput disabled />
          </ReferenceInput>
          <TextInput source="name" validate={required()} />
        </FormSection>
        <TaskInputs editing />
      </SimpleForm>
    </Edit>
  );
};

export default TaskEdit;
