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
};
