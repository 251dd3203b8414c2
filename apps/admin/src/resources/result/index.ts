// 检查结果 (Result): what was found for one target in one task — entered on its form (一对象一表单), submitted,
// reviewed by a second person, published within 20 working days (rules 18–22); corrected and objected to after
// publication (rules 21, 22); a violation handed over for follow-up (rule 24).
import { lazyPage } from '../../common/lazyPage';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';

export default {
  list: lazyPage(() => import('./ResultList')),
  show: lazyPage(() => import('./ResultShow')),
  icon: FactCheckIcon,
  recordRepresentation: (r: { target?: { name?: string } }) => r.target?.name ?? '',
};
