// Grouped navigation: 一单两库 (checklist and the two directories), 抽查工作 (plans and tasks), then administration. Resources the role
// cannot list do not appear (react-admin asks canAccess); the API-token page only for analysts and admins.
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { Divider, ListSubheader } from '@mui/material';
import KeyIcon from '@mui/icons-material/KeyOutlined';
import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonthOutlined';
import { mayManageApiTokens } from '../authProvider';
import type { Role } from '../session';

const Heading = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <ListSubheader sx={{ bgcolor: 'transparent', lineHeight: '32px', mt: 1, fontSize: 12, letterSpacing: 1 }} disableSticky>
      {translate(label)}
    </ListSubheader>
  );
};

/** react-admin scrolls the window to the top on a navigation carrying this state (useScrollToTop). */
const toTop = { _scrollToTop: true };

export const Menu = () => {
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  return (
    <RaMenu>
      {/* Like the resource items, the other entries open their page at the top: landing mid-page on a long
          dashboard would also leave the app bar (user menu, language) hidden until the user scrolls up. */}
      <RaMenu.DashboardItem primaryText={translate('app.menu.dashboard')} state={toTop} />
      {/* 考核看板 (rule 25): LEADER has it as the home page; the administrator and analysts open it here. */}
      {(permissions === 'ADMIN' || permissions === 'ANALYST') && (
        <RaMenu.Item to="/leadership" state={toTop} primaryText={translate('leadership.menu')} leftIcon={<InsightsIcon />} />
      )}
      <Heading label="app.menu.lists" />
      <RaMenu.ResourceItem name="CheckItem" />
      <RaMenu.ResourceItem name="Form" />
      <RaMenu.ResourceItem name="TargetLibrary" />
      <RaMenu.ResourceItem name="Target" />
      <RaMenu.ResourceItem name="Inspector" />
      <RaMenu.ResourceItem name="Expert" />
      <RaMenu.ResourceItem name="DirectoryConfirmation" />
      <Divider sx={{ my: 1 }} />
      <Heading label="app.menu.work" />
      <RaMenu.ResourceItem name="Plan" />
      <RaMenu.ResourceItem name="Task" />
      <Divider sx={{ my: 1 }} />
      <Heading label="app.menu.results" />
      <RaMenu.ResourceItem name="Result" />
      <RaMenu.ResourceItem name="Review" />
      <RaMenu.ResourceItem name="Correction" />
      <RaMenu.ResourceItem name="Transfer" />
      <RaMenu.ResourceItem name="FollowUp" />
      <Divider sx={{ my: 1 }} />
      <Heading label="app.menu.admin" />
      <RaMenu.ResourceItem name="Unit" />
      <RaMenu.ResourceItem name="User" />
      <RaMenu.ResourceItem name="AuditEvent" />
      {/* 工作日历 (rule 20): everyone reads the calendar deadlines are counted in; administrators maintain it. */}
      <RaMenu.Item to="/calendar" state={toTop} primaryText={translate('app.menu.calendar')} leftIcon={<CalendarMonthIcon />} data-testid="menu-calendar" />
      {mayManageApiTokens(permissions) && <RaMenu.Item to="/api-tokens" state={toTop} primaryText={translate('app.menu.api_tokens')} leftIcon={<KeyIcon />} />}
    </RaMenu>
  );
};
