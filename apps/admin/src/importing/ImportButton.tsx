// The list's "import" action: shown to whoever may create records in the list (the server checks again).
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import { Button } from '@mui/material';
import { Link, useCanAccess, useTranslate } from 'react-admin';

export const ImportButton = ({ resource }: { resource: string }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'create', resource });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={`/import/${resource}`} size="small" startIcon={<UploadIcon />} data-testid="import-button">
      {translate('importing.button')}
    </Button>
  );
};
