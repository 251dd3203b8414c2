// 映射方案 (MappingProfile): saved column layouts and value recodings for exchanging the lists with the city's
// system and the provincial platform (docs/publication.md, "Exchange with the city"); kept by the lead unit, used by
// the import wizard, the export dialog and the daily publication bundle.
import { lazyPage } from '../../common/lazyPage';
import SwapIcon from '@mui/icons-material/SwapHorizOutlined';

export default {
  list: lazyPage(() => import('./MappingProfileList')),
  edit: lazyPage(() => import('./MappingProfileEdit')),
  create: lazyPage(() => import('./MappingProfileCreate')),
  icon: SwapIcon,
  recordRepresentation: 'name',
};
