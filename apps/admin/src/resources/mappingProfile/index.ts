// 映射方案 (MappingProfile): saved column layouts and value recodings for exchanging the lists with the city's
// system and the provincial platform (docs/publication.md, "Exchange with the city"); kept by the lead unit, used by
// the import wizard, the export dialog and the daily publication bundle.
import { lazy } from 'react';
import SwapIcon from '@mui/icons-material/SwapHorizOutlined';

export default {
  list: lazy(() => import('./MappingProfileList')),
  edit: lazy(() => import('./MappingProfileEdit')),
  create: lazy(() => import('./MappingProfileCreate')),
  icon: SwapIcon,
  recordRepresentation: 'name',
};
