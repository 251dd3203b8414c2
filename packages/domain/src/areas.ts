// The towns and streets of 临淄区: the one list the admin offers for a target's (and a unit's, a directed task
// class's) area and the demo data draws from. The API stores the area as free text (a spreadsheet may carry an
// older name); this list is what the forms offer, not a check.

/** The 5 streets and 7 towns of 临淄区 (Target.area, Unit.area, TaskClass.area). */
export const AREAS = [
  '闻韶街道',
  '雪宫街道',
  '辛店街道',
  '稷下街道',
  '齐陵街道',
  '齐都镇',
  '皇城镇',
  '敬仲镇',
  '朱台镇',
  '凤凰镇',
  '金岭回族镇',
  '金山镇',
] as const;

export type Area = (typeof AREAS)[number];
