import type { Locale } from "../types.ts";

export const ko: Locale = {
  lang: "ko",
  headerLabels: { from: ["보낸 사람", "보낸사람"], sent: ["보낸 날짜"], date: ["날짜"], to: ["받는 사람", "받는사람"], cc: ["참조"], subject: ["제목"], when: ["일시"], where: ["장소"] },
  forwardMarkers: ["전달된 메시지", "전달된 메일"],
  originalMarkers: ["원본 메시지"],
  interviewWords: ["면접", "인터뷰"],
  recruitingWords: ["채용", "지원서", "후보자"],
  otherEvents: ["설명회", "웨비나", "치과"],
  months: [],
  weekdays: ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
  durationUnits: { minute: ["분"], hour: ["시간"] },
  interviewerLabels: ["면접관", "면접 위원", "참석자"],
  commonWords: [],
  durationPhrases: {},
  zoneNames: { "한국 시간": "Asia/Seoul", "한국시간": "Asia/Seoul", "서울 시간": "Asia/Seoul" },
  honorifics: [],
  // Job titles end in these (バックエンドエンジニア): a role in this script has one.
  titleWords: ["엔지니어", "매니저", "개발자", "디자이너", "분석가"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["기존", "원래", "취소"], new: ["변경 후", "새 일정"], arrival: ["도착", "안내데스크"], end_label: ["종료"], moved: ["변경", "연기"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["불합격", "함께하지 못하게"], offer: ["최종 합격", "채용 제안"], cancellation: ["취소되었습니다", "취소됐습니다"], reschedule: ["일정 변경", "일정이 변경", "연기되었습니다"] },
};
