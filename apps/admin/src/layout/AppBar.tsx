// The bar shows the app's name, who is signed in and in which unit (the scope of what they may change), and the
// language switch.
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, useGetIdentity, useTranslate } from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';

const UnitBadge = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <Chip
      size="small"
      data-testid="unit-badge"
      label={`${String(identity.unitName)} · ${translate(`app.role.${String(identity.role)}`)}`}
      sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.6)', display: { xs: 'none', md: 'inline-flex' }, mr: 1 }}
      variant="outlined"
    />
  );
};

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      toolbar={
        <>
          <UnitBadge />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'block' } }}>
        {translate('app.short_title')}
      </Typography>
      <Box component="span" sx={{ opacity: 0.6, mr: 2, display: { xs: 'none', sm: 'block' } }}>
        |
      </Box>
      <TitlePortal variant="subtitle1" />
    </RaAppBar>
  );
};
