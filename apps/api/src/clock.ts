// The bureau's calendar day. Deadlines count in China Standard Time, whatever zone the server runs in.
const CHINA = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in China, as YYYY-MM-DD. */
export const todayInChina = (now: Date = new Date()): string => CHINA.format(now);
