// 专家库 (Expert): non-enforcement specialists for specialist checks (G9, G19), kept by the lead unit.
import { lazy } from 'react';
import ScienceIcon from '@mui/icons-material/ScienceOutlined';

export default {
  list: lazy(() => import('./ExpertList')),
  show: lazy(() => import('./ExpertShow')),
  edit: lazy(() => import('./ExpertEdit')),
  create: lazy(() => import('./ExpertCreate')),
  icon: ScienceIcon,
  recordRepresentation: 'name',
};
