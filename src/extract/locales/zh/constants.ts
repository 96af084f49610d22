import type { Locale } from "../types.ts";

/** Simplified (Outlook, Foxmail) and traditional (Gmail zh-TW) labels. */
export const zh: Locale = {
  lang: "zh",
  headerLabels: {
    from: ["发件人", "寄件者", "寄件人", "發件人"], sent: ["发送时间", "發送時間", "寄件日期"], date: ["日期"],
    to: ["收件人", "收件者"], cc: ["抄送", "副本"], subject: ["主题", "主旨", "主題"], when: ["时间", "時間"], where: ["地点", "地點"],
  },
  forwardMarkers: ["转发的邮件", "轉寄的郵件", "转发邮件"],
  originalMarkers: ["原始邮件", "原始郵件"],
  interviewWords: ["面试", "面試"],
  recruitingWords: ["招聘", "应聘", "應徵", "候选人", "候選人", "职位", "職位"],
  otherEvents: ["宣讲会", "說明會", "网络研讨会", "牙科"],
  months: [],
  weekdays: ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "周一", "周二", "周三", "周四", "周五", "週一", "週二", "週三", "週四", "週五"],
  durationUnits: { minute: ["分钟", "分鐘"], hour: ["小时", "小時"] },
  interviewerLabels: ["面试官", "面試官", "参加人员", "與會者"],
  commonWords: [],
  durationPhrases: { "半小时": 30, "半小時": 30, "一小时": 60, "一小時": 60, "一个小时": 60, "一個小時": 60, "两小时": 120 },
  zoneNames: { "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai", "台北時間": "Asia/Taipei", "台灣時間": "Asia/Taipei", "香港時間": "Asia/Hong_Kong", "新加坡时间": "Asia/Singapore" },
  honorifics: [],
  // Job titles end in these (バックエンドエンジニア): a role in this script has one.
  titleWords: ["工程师", "经理", "设计师", "分析师", "总监", "工程師", "經理", "設計師"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["原定", "原时间", "原時間", "取消"], new: ["改为", "改為", "新时间", "新時間"], arrival: ["到达", "到達", "前台"], end_label: ["结束", "結束"], moved: ["改期", "调整", "調整", "更改"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["未能通过", "不予录用", "遗憾地通知"], offer: ["录用通知", "聘用通知"], cancellation: ["已取消", "取消了"], reschedule: ["改期", "更改时间", "时间调整", "时间变更"] },
};
