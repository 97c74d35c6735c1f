import type { Line } from '../lines.ts';

/**
 * What a web page prints around a text it hosts: share prompts, the page's own title and
 * address, copyright notices, contact links, the site's owner. Matched at the start of a line,
 * perhaps inside 【】 (`【打印本页】【关闭窗口】`).
 */
const BOILERPLATE_LINE = /^\s*【?(微信扫一扫|扫一扫|分享到|分享本文|本文标题|本文链接|原文链接|链接地址|文章来源|版权声明|版权所有|免责声明|微信订阅号|微信公众号|联系客服|打印本页|【打印】|【关闭】|关闭窗口|返回顶部|上一篇|下一篇|相关文章|责任编辑|主办单位|承办单位|技术支持|网站标识码|网站地图|联系我们)/;

/** How far from the end boilerplate may begin: it trails a text, it does not interrupt it. */
const MAX_TRAILING_LINES = 30;

/** Lines of furniture a boilerplate line may carry after it (a copyright sentence, an address wrapped). */
const MAX_FOLLOWING_LINES = 3;

/**
 * Finds trailing web boilerplate: walking back from the end, the earliest line that opens with a
 * boilerplate phrase, where at most three other lines stand between two such lines (a copyright
 * notice is followed by its sentence, a long address wraps); more in a row are the text itself.
 * Returns the index (in `lines`) of its first line, or null.
 *
 * @example findTrailingBoilerplate(splitLines('正文。\n微信扫一扫在手机阅读\n联系客服')) // 1
 */
export function findTrailingBoilerplate(lines: readonly Line[]): number | null {
  let first: number | null = null;
  let following = 0;
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < MAX_TRAILING_LINES; i--) {
    const text = lines[i]?.text ?? '';
    if (text.trim() === '') continue;
    seen++;
    if (BOILERPLATE_LINE.test(text)) {
      first = i;
      following = 0;
    } else if (++following > MAX_FOLLOWING_LINES) {
      break;
    }
  }
  return first;
}
