/**
 * The meeting report of an official for a period (seed 002): strengths and weaknesses drawn from the
 * evidence, in Vietnamese and English, in a fixed order so the printed sheet reads the same every time.
 */
import type { MonthEvidence } from './evidence.js';

export interface ReportLine {
  vi: string;
  en: string;
}

export interface MeetingNotes {
  strengths: ReportLine[];
  weaknesses: ReportLine[];
}

function percent(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}

/** Strengths and weaknesses of a month's evidence; thresholds: ≥ 95% on time is a strength, < 80% a weakness. */
export function describeEvidence(e: MonthEvidence): MeetingNotes {
  const strengths: ReportLine[] = [];
  const weaknesses: ReportLine[] = [];
  if (e.stepsHandled > 0) {
    const onTime = percent(e.stepsEarly + e.stepsOnTime, e.stepsHandled);
    const line = {
      vi: `Xử lý ${e.stepsHandled} bước của ${e.dossiersHandled} hồ sơ, ${onTime}% trước hạn hoặc đúng hạn (${e.stepsEarly} trước hạn, ${e.stepsLate} trễ hạn).`,
      en: `Handled ${e.stepsHandled} steps of ${e.dossiersHandled} dossiers, ${onTime}% early or on time (${e.stepsEarly} early, ${e.stepsLate} late).`,
    };
    if (onTime >= 95) strengths.push(line);
    else if (onTime < 80) weaknesses.push(line);
    else strengths.push(line);
  }
  if (e.explanations + e.apologies + e.supplementFaults > 0) {
    const late = e.lateApologies > 0 ? ` (${e.lateApologies} lần xin lỗi muộn)` : '';
    const lateEn = e.lateApologies > 0 ? ` (${e.lateApologies} sent late)` : '';
    const faults = e.supplementFaults > 0 ? `; yêu cầu bổ sung sai quy định ${e.supplementFaults} lần` : '';
    const faultsEn = e.supplementFaults > 0 ? `; ${e.supplementFaults} supplement requests out of rule` : '';
    weaknesses.push({
      vi: `Phải giải trình ${e.explanations} lần; để hồ sơ trễ hạn phải xin lỗi người dân ${e.apologies} lần${late}${faults}.`,
      en: `Filed ${e.explanations} explanations; caused ${e.apologies} apologies to citizens${lateEn}${faultsEn}.`,
    });
  } else if (e.stepsHandled > 0) {
    strengths.push({
      vi: 'Không phải giải trình, không để hồ sơ phải xin lỗi.',
      en: 'No explanations, no apologies.',
    });
  }
  if (e.satisfactionResponses > 0) {
    const rate = percent(e.satisfactionSatisfied, e.satisfactionResponses);
    const line = {
      vi: `${rate}% người dân hài lòng (${e.satisfactionSatisfied}/${e.satisfactionResponses} phiếu).`,
      en: `${rate}% of citizens satisfied (${e.satisfactionSatisfied}/${e.satisfactionResponses} responses).`,
    };
    (rate >= 90 ? strengths : rate < 80 ? weaknesses : strengths).push(line);
  }
  if (e.complaintsUpheld > 0) {
    weaknesses.push({
      vi: `Bị phản ánh, khiếu nại có căn cứ ${e.complaintsUpheld} lần.`,
      en: `${e.complaintsUpheld} upheld complaints.`,
    });
  }
  if (e.violations > 0) {
    weaknesses.push({
      vi: `Có ${e.violations} vi phạm được kết luận qua kiểm tra công vụ.`,
      en: `${e.violations} confirmed inspection violations.`,
    });
  }
  if (e.tasksDue > 0) {
    const line = {
      vi: `Hoàn thành đúng hạn ${e.tasksOnTime}/${e.tasksDue} nhiệm vụ trong kế hoạch công tác.`,
      en: `Completed ${e.tasksOnTime}/${e.tasksDue} work-plan tasks on time.`,
    };
    (e.tasksOnTime === e.tasksDue ? strengths : weaknesses).push(line);
  }
  return { strengths, weaknesses };
}
