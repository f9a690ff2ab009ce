package org.disclosurelake.generate;

import java.util.List;

/** The printed labels of 表二, 表三 and 表四 per template, as the 国办 templates word them (data, not prose). */
final class Labels {

  static final String T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  static final String NEW = "一、本年新收政府信息公开申请数量";
  static final String CARRIED = "二、上年结转政府信息公开申请数量";
  static final String RESULTS = "三、本年度办理结果";
  static final String GRANTED = "（一）予以公开";
  static final String PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
  static final String DENIED = "（三）不予公开";
  static final List<String> DENIED_ROWS =
      List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
          "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项");
  static final String UNABLE = "（四）无法提供";
  static final List<String> UNABLE_ROWS = List.of("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确");
  static final String NOT_PROCESSED = "（五）不予处理";
  static final List<String> NOT_PROCESSED_ROWS =
      List.of("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息");
  static final String OTHER = "（六）其他处理";
  static final List<String> OTHER_ROWS_2021 =
      List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");
  static final String TOTAL = "（七）总计";
  static final String FORWARD = "四、结转下年度继续办理";
  static final List<String> APPLICANTS = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
  static final List<String> T4_RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  private Labels() {}

  /** The label in half-width brackets and colons, as many text extractions print it. */
  static String halfWidth(String s) {
    return s.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',');
  }
}
