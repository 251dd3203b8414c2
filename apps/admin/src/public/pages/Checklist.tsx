// 抽查事项清单 with its adjustment notices (rule 1, P2, G8).
import type { PublicChecklistQuery, PublicChecklistQueryVariables } from '@ssj/graphql-types/operations';
import { useQuery } from '../api';
import { CATEGORY, CHANGE, METHOD, day, percent } from '../labels';
import { CHECKLIST } from '../queries';
import { Status } from './Status';

/** The item's code and name from an adjustment's snapshot (JSON: the item as it was after the change). */
const snapshotTitle = (snapshot: unknown): string => {
  if (typeof snapshot !== 'object' || snapshot === null) return '';
  const code = 'code' in snapshot ? snapshot.code : null;
  const name = 'name' in snapshot ? snapshot.name : null;
  return [code, name].filter((v): v is string => typeof v === 'string' && v !== '').join(' ');
};

export function Checklist() {
  const { data, error, loading } = useQuery<PublicChecklistQuery, PublicChecklistQueryVariables>(CHECKLIST, {});
  if (!data) return <Status loading={loading} error={error} />;
  const unit = new Map(data.allUnits.map((u) => [u.id, u.name]));
  return (
    <>
      <h1>抽查事项清单</h1>
      <p className="lead">共 {data.allCheckItems.length} 项。清单实行动态管理，每次调整均在下方公告。</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>事项编码</th>
              <th>抽查事项</th>
              <th>检查对象</th>
              <th>事项类别</th>
              <th>检查方式</th>
              <th>检查主体</th>
              <th>检查依据</th>
              <th>抽查比例</th>
            </tr>
          </thead>
          <tbody>
            {data.allCheckItems.map((i) => (
              <tr key={i.id}>
                <td className="nowrap">{i.code}</td>
                <td>{i.name}</td>
                <td>{i.objectType}</td>
                <td className="nowrap">{CATEGORY[i.category] ?? i.category}</td>
                <td>{i.methods.map((m) => METHOD[m] ?? m).join('、')}</td>
                <td>{unit.get(i.unitId) ?? '—'}</td>
                <td className="basis">{i.legalBasis}</td>
                <td className="num">{percent(i.defaultRatio)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="notices">清单调整公告</h2>
      <ul className="notices">
        {data.checkItemAdjustments.map((n) => (
          <li key={n.id}>
            <span className="date">{day(n.changedAt)}</span>
            <span className="tag">{CHANGE[n.change] ?? n.change}</span>
            <strong>{snapshotTitle(n.snapshot)}</strong>（第 {n.version} 版）：{n.notice}
          </li>
        ))}
      </ul>
    </>
  );
}
