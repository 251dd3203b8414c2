// 年度抽查计划: filed annual plans, with their lines and filed versions (rules 6–10, G6).
import { useState } from 'react';
import type { PublicPlansQuery, PublicPlansQueryVariables } from '@ssj/graphql-types/operations';
import { useQuery } from '../api';
import { CATEGORY, day, percent } from '../labels';
import { PLANS } from '../queries';
import { Status } from './Status';

export function Plans() {
  const { data, error, loading } = useQuery<PublicPlansQuery, PublicPlansQueryVariables>(PLANS, {});
  const [year, setYear] = useState<number | null>(null);
  if (!data) return <Status loading={loading} error={error} />;
  const years = [...new Set(data.publicPlans.map((p) => p.year))].sort((a, b) => b - a);
  const shown = year ?? years[0] ?? null;
  const plans = data.publicPlans.filter((p) => p.year === shown);
  return (
    <>
      <h1>年度抽查工作计划</h1>
      <p className="lead">各单位已备案的年度抽查工作计划。计划备案后的变更以计划调整或临时抽查的方式备案，历次版本均予公示。</p>
      {years.length > 1 && (
        <p className="filters">
          年度：
          {years.map((y) => (
            <button key={y} type="button" className={y === shown ? 'chip active' : 'chip'} onClick={() => setYear(y)}>
              {y} 年
            </button>
          ))}
        </p>
      )}
      {plans.length === 0 && <p className="muted">暂无已备案的计划。</p>}
      {plans.map((p) => (
        <section key={p.id} className="panel">
          <h2>{p.title}</h2>
          <p className="meta">
            制定单位：{p.unitName} · 备案时间：{day(p.filedAt)}
            {p.filedWith ? ` · 备案机关：${p.filedWith}` : ''} · 第 {p.version} 版 ·{' '}
            <a href={`/documents/plans/${encodeURIComponent(p.id)}/plan.pdf`}>下载（PDF）</a>
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>抽查事项</th>
                  <th>类别</th>
                  <th>抽查范围</th>
                  <th>时间安排</th>
                  <th>预计抽查数量</th>
                  <th>抽查比例</th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((i) => (
                  <tr key={i.id}>
                    <td>
                      {i.checkItem.code} {i.checkItem.name}
                      {i.temporary && <span className="tag">临时抽查</span>}
                    </td>
                    <td className="nowrap">{CATEGORY[i.checkItem.category] ?? i.checkItem.category}</td>
                    <td>{i.scope}</td>
                    <td className="nowrap">
                      {i.windowFrom} 至 {i.windowTo}
                    </td>
                    <td className="num">{i.estimatedCount}</td>
                    <td className="num">{percent(i.ratio)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {p.adjustments.length > 0 && (
            <details>
              <summary>备案记录（{p.adjustments.length}）</summary>
              <ul className="notices">
                {p.adjustments.map((a) => (
                  <li key={a.id}>
                    <span className="date">{day(a.filedAt)}</span>
                    <span className="tag">{a.kind}</span>第 {a.version} 版：{a.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
    </>
  );
}
