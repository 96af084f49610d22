import type { Locale } from "../types.ts";

export const ja: Locale = {
  lang: "ja",
  headerLabels: { from: ["差出人", "送信者"], sent: ["送信日時"], date: ["日付"], to: ["宛先"], cc: ["CC"], subject: ["件名"], when: ["日時"], where: ["場所"] },
  forwardMarkers: ["転送メッセージ", "転送されたメッセージ"],
  originalMarkers: ["元のメッセージ", "オリジナル メッセージ"],
  interviewWords: ["面接", "面談", "インタビュー"],
  recruitingWords: ["採用", "応募", "選考", "候補者"],
  otherEvents: ["説明会", "ウェビナー", "歯科"],
  months: [],
  weekdays: ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"],
  durationUnits: { minute: ["分"], hour: ["時間"] },
  interviewerLabels: ["面接官", "担当者", "参加者"],
  commonWords: [],
  durationPhrases: { "30分間": 30, "1時間": 60, "一時間": 60, "1時間半": 90 },
  zoneNames: { "日本時間": "Asia/Tokyo", "東京時間": "Asia/Tokyo" },
  honorifics: [],
  // Job titles end in these (バックエンドエンジニア): a role in this script has one.
  titleWords: ["エンジニア", "マネージャー", "マネジャー", "デザイナー", "アナリスト", "ディレクター", "コンサルタント", "部長", "課長"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["変更前", "旧日時", "元の日程", "キャンセル", "取り消"], new: ["変更後", "新しい日時", "新日時"], arrival: ["受付", "到着"], end_label: ["終了"], moved: ["変更", "延期"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["見送り", "ご希望に添え", "不採用"], offer: ["内定", "採用通知", "オファーレター"], cancellation: ["キャンセルとなりました", "キャンセルになりました", "中止となりました", "中止になりました", "取り消しとなりました"], reschedule: ["日程変更", "日時変更", "変更になりました", "変更となりました", "延期"] },
};
