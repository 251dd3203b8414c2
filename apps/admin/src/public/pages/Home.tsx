// 首页: what is published here, one link per section.
import { Link } from '../router';

const ABOUT: Record<string, string> = {
  抽查事项清单: '可以抽查的事项、检查对象、检查方式、检查主体和检查依据，以及每次调整的公告。',
  年度抽查计划: '各科室、国土所已备案的年度抽查工作计划及其调整。',
  抽查任务公告: '检查对象名单锁定下发后发布的任务公告；每次摇号均可下载回执并复核。',
  抽查结果公示: '已公示的检查结果及经单位负责人签批的更正，可按企业名称或统一社会信用代码查询。',
  开放数据: '以上信息按年度下载为 CSV、JSON，附数据字典和使用许可；新公告和结果可通过 Atom 订阅。',
};

export function Home({ sections }: { sections: { path: string; title: string }[] }) {
  return (
    <>
      <h1>“双随机、一公开”监管信息公示</h1>
      <p className="lead">随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。以下信息无需登录即可查看。</p>
      <div className="cards">
        {sections.map((s) => (
          <Link key={s.path} to={s.path} className="card">
            <h2>{s.title}</h2>
            <p>{ABOUT[s.title]}</p>
          </Link>
        ))}
      </div>
    </>
  );
}
