// The bar shows the app's name, who is signed in and in which unit (the scope of what they may change), the
// language switch and the user menu (API tokens for those who may hold them — docs/analysts.md sends analysts
// there — and sign-out).
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  MenuItemLink,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  usePermissions,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';
import KeyIcon from '@mui/icons-material/KeyOutlined';
import { mayManageApiTokens } from '../authProvider';
import type { Role } from '../session';
import { NotificationBell } from './NotificationBell';

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

const ApiTokensItem = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const menu = useUserMenu();
  if (!mayManageApiTokens(permissions)) return null;
  return (
    <MenuItemLink
      to="/api-tokens"
      primaryText={translate('app.menu.api_tokens')}
      leftIcon={<KeyIcon />}
      onClick={() => menu?.onClose()}
      data-testid="user-menu-api-tokens"
    />
  );
};

/** `alwaysOn`: from the layout (Layout.tsx, `appBarAlwaysOn`), which also keeps the sidebar below the bar. */
export const AppBar = ({ alwaysOn }: { alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return (
    <RaAppBar
      alwaysOn={alwaysOn}
      userMenu={
        <UserMenu>
          <ApiTokensItem />
          <Logout />
        </UserMenu>
      }
      toolbar={
        <>
          <UnitBadge />
          <NotificationBell />
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
