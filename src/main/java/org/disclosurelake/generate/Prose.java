package org.disclosurelake.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic report prose. Padding paragraphs hold no figures and none of the words the parser reads numbers after
 * (申请, 复议, 诉讼, table labels), so they add size without adding facts.
 */
final class Prose {

  // {s} = how the agency calls itself, {a} = the agency, {y} = the year, {n} = the next year
  private static final List<String> PADDING =
      List.of(
          "{y}年，{s}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实党中央、国务院关于全面推进政务公开工作的决策部署，坚持以公开为常态、不公开为例外，紧紧围绕中心工作和人民群众关注关切，持续推进决策、执行、管理、服务、结果公开，不断提升政务公开质量和实效。",
          "{s}进一步健全政务公开工作机制，调整充实政务公开工作领导小组，明确分管领导和专职工作人员，形成主要领导亲自抓、分管领导具体抓、各科室协同配合的工作格局，确保各项工作任务落到实处。",
          "严格落实保密审查制度，坚持先审查、后公开和一事一审原则，对拟公开的政府信息严格履行审核程序，确保公开内容准确规范，做到涉密信息不上网、上网信息不涉密，全年未发生泄密事件。",
          "持续加强政府网站和政务新媒体建设，优化栏目设置，完善信息发布、审核、更新机制，及时做好内容保障，切实提升网站的权威性和实用性，进一步发挥政府网站作为信息公开第一平台的作用。",
          "围绕稳就业、保民生、优化营商环境等重点领域，及时公开政策文件、财政预决算、重大建设项目、公共资源配置、社会公益事业等信息，主动回应社会关切，切实保障人民群众的知情权、参与权、表达权和监督权。",
          "强化政策解读，坚持政策性文件与解读方案、解读材料同步组织、同步审签、同步部署，综合运用图文、图解、视频、问答等多种形式，以通俗易懂的语言解读政策背景、主要内容和落实措施，增强政策的知晓度和透明度。",
          "扎实推进基层政务公开标准化规范化建设，对照国家部委发布的基层政务公开标准指引，动态调整政务公开事项标准目录，规范公开内容、公开时限和公开方式，推动基层政务公开工作提质增效。",
          "加强政府信息管理，规范政府信息公开属性源头认定，做好公文类信息公开属性审核，对不予公开的依法说明理由，按照规定及时开展已公开政府信息的清理和更新工作，提升信息公开的规范化水平。",
          "注重业务培训，通过集中培训、以会代训、个别指导等方式，组织政务公开工作人员系统学习《中华人民共和国政府信息公开条例》及相关业务知识，不断提升工作人员的业务能力和服务水平。",
          "落实监督保障，将政务公开工作纳入年度绩效考核内容，定期开展网站和政务新媒体检查，对发现的问题及时通报并督促整改，形成以考促改、以改促优的良性循环。",
          "{s}政务公开工作虽然取得了一定成效，但与上级要求和人民群众的期盼相比仍存在一些不足：一是政策解读的形式还不够丰富，解读的针对性和可读性有待提高；二是部分栏目信息更新不够及时；三是工作人员业务水平有待进一步提升。",
          "{n}年，{s}将继续深入贯彻落实《中华人民共和国政府信息公开条例》，进一步提高思想认识，加大公开力度，拓展公开渠道，丰富解读形式，加强队伍建设，推动政务公开工作再上新台阶。",
          "一是加大主动公开力度，围绕重大决策部署和群众关心关注的热点问题，及时准确发布权威信息；二是规范政策解读，提高解读质量；三是加强平台建设，完善网站功能；四是强化培训指导，提升业务能力。",
          "畅通政民互动渠道，用好政务服务热线、领导信箱、网上留言等平台，及时回应群众诉求，做到件件有回音、事事有着落，切实提升人民群众的获得感和满意度。",
          "深化重点领域信息公开，聚焦乡村振兴、教育、医疗卫生、社会救助、生态环境、安全生产、食品药品等领域，细化公开内容，做到应公开尽公开，接受社会监督。",
          "{s}高度重视政务公开工作，多次召开专题会议研究部署，将政务公开工作与业务工作同谋划、同部署、同推进、同考核，推动政务公开工作常态化、制度化、规范化。");

  private static final List<String> SUBHEADS =
      List.of("（一）主动公开方面", "（二）依规办理方面", "（三）政府信息管理方面", "（四）平台建设方面", "（五）监督保障方面");

  private Prose() {}

  /**
   * The {@code i}-th padding paragraph of a document whose paragraph order starts at {@code offset}: the bank in
   * a rotating order, so neighbours never repeat.
   */
  static String padding(int offset, int i, Agency a, int year) {
    return fill(PADDING.get(Math.floorMod(offset + i * 7, PADDING.size())), a, year);
  }

  static String subhead(int i) {
    return SUBHEADS.get(i % SUBHEADS.size());
  }

  static String fill(String template, Agency a, int year) {
    return template.replace("{s}", a.self()).replace("{a}", a.name()).replace("{y}", Integer.toString(year))
        .replace("{n}", Integer.toString(year + 1));
  }
}
