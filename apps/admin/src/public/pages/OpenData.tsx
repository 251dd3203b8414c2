// 开放数据: the published lists as CSV and JSON per year, their data dictionary and licence, and the Atom feed — read
// from the API's catalogue (/public/data/index.json), so a dataset the API adds appears here without a change.
import { useEffect, useState } from 'react';

type Column = { key: string; zh: string; en: string };
type Catalogue = {
  licence: string;
  feed: string;
  datasets: { id: string; title: string; columns: Column[]; years: { year: number; csv: string; json: string }[] }[];
};

export function OpenData() {
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('/public/data/index.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(setCatalogue, () => setError('开放数据目录暂时无法读取，请稍后重试。'));
  }, []);
  if (error) return <p className="notice">{error}</p>;
  if (!catalogue) return <p className="notice">正在加载…</p>;
  return (
    <>
      <h1>开放数据</h1>
      <p className="lead">
        本栏目公示的信息均可下载为 CSV（可用电子表格打开）或 JSON，每个年度一个固定地址；新的任务公告和结果公示也可通过 <a href={catalogue.feed}>Atom 订阅</a>{' '}
        获取。机器可读的目录：<a href="/public/data/index.json">index.json</a>。
      </p>
      <p className="licence" data-testid="open-data-licence">
        {catalogue.licence.split(' / ')[0]}
      </p>
      {catalogue.datasets.map((d) => (
        <section key={d.id} className="dataset" data-testid={`dataset-${d.id}`}>
          <h2>{d.title}</h2>
          <p className="downloads">
            {d.years.slice(0, d.id === 'checklist' ? 1 : 4).map((y) => (
              <span key={y.year}>
                {d.id === 'checklist' ? '现行清单' : `${y.year} 年`}：<a href={y.csv}>CSV</a> · <a href={y.json}>JSON</a>
              </span>
            ))}
          </p>
          <details>
            <summary>数据字典（{d.columns.length} 项）</summary>
            <table>
              <thead>
                <tr>
                  <th>列名</th>
                  <th>字段</th>
                  <th>说明（英文）</th>
                </tr>
              </thead>
              <tbody>
                {d.columns.map((c) => (
                  <tr key={c.key}>
                    <td>{c.zh}</td>
                    <td>
                      <code>{c.key}</code>
                    </td>
                    <td>{c.en}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      ))}
    </>
  );
}
