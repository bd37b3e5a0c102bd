import { describe, expect, it } from 'vitest';
import { decodePage } from '@/lib/importer/decode';
import { endsSentence, isCredit, isKicker, parseByline, parseCaption, parseColumnHeader } from '@/lib/importer/line-kinds';
import { restoreFullWidthPunctuation } from '@/lib/importer/punctuation';
import { proposeRegions } from '@/lib/importer/regions';
import { segmentPage } from '@/lib/importer/segment';
import { slugFromTitle, uniqueSlug } from '@/lib/importer/slug';
import { loadColumnRegistry } from '@/lib/records/column-registry';

const { registry } = loadColumnRegistry('content');

const page = (text: string) =>
  segmentPage(
    text
      .trim()
      .split('\n')
      .map((line, index) => ({ text: restoreFullWidthPunctuation(line.trim()), line: index + 1 }))
      .filter((line) => line.text),
    registry,
  );

describe('restoring full-width punctuation', () => {
  it('restores ，：；？！（） in Chinese text', () => {
    expect(restoreFullWidthPunctuation('他说:“好!”游德祥(右二)在检查车辆,你呢?是;')).toBe('他说：“好！”游德祥（右二）在检查车辆，你呢？是；');
  });

  it('leaves numbers and Latin text as printed', () => {
    expect(restoreFullWidthPunctuation('10,000多名 8:30 25.63万亩 10.1% Hello, world (sic)')).toBe('10,000多名 8:30 25.63万亩 10.1% Hello, world (sic)');
  });

  it('restores a comma between a number or a Latin word and Chinese text', () => {
    expect(restoreFullWidthPunctuation('清晨7:30,门口 通过APP,为居民')).toBe('清晨7:30，门口 通过APP，为居民');
  });
});

describe('reading one line', () => {
  it('knows a column header, with a series and its part number', () => {
    expect(parseColumnHeader('深度关注·提振党员干部干事创业精气神③', registry)).toEqual({ column: '深度关注', registered: true, series: { name: '提振党员干部干事创业精气神', part: 3 } });
    expect(parseColumnHeader('我是党员,我在岗位', registry)).toEqual({ column: '我是党员，我在岗位', registered: true });
    expect(parseColumnHeader('金台潮声', registry)).toEqual({ column: '金台潮声', registered: true });
    // A name the registry lacks may be a header: segment.ts decides by where it stands.
    expect(parseColumnHeader('组工视点', registry)).toEqual({ column: '组工视点', registered: false });
    expect(parseColumnHeader('身边的共产党员·初心故事②', registry)).toEqual({ column: '身边的共产党员', registered: false, series: { name: '初心故事', part: 2 } });
    expect(parseColumnHeader('他说，我们一起干。', registry)).toBeUndefined();
    expect(parseColumnHeader('党建·引领', registry)).toBeUndefined();
  });

  it('knows a kicker by its closing dash, and not a sentence that has one inside', () => {
    expect(isKicker('河北省隆尧县——')).toBe(true);
    expect(isKicker('他说——这是我的责任。')).toBe(false);
  });

  it('reads bylines with one or more reporters, and leaves body text alone', () => {
    expect(parseByline('本报记者 刘晓宇')).toEqual({ byline: '本报记者 刘晓宇', authors: ['刘晓宇'] });
    expect(parseByline('本报记者 王明 李芳')?.authors).toEqual(['王明', '李芳']);
    expect(parseByline('本报记者 张三 本报通讯员 李四')?.authors).toEqual(['张三', '李四']);
    expect(parseByline('本报记者近日走访了……')).toBeUndefined();
  });

  it('reads captions with a credit at the end, and without one', () => {
    expect(parseCaption('图②:游德祥(右二)和志愿者们一起走访慰问困难司机。吴杰摄')).toEqual({ number: 2, caption: '游德祥(右二)和志愿者们一起走访慰问困难司机。', credit: '吴杰摄' });
    expect(parseCaption('图①:游德祥在检查车辆。')).toEqual({ number: 1, caption: '游德祥在检查车辆。' });
    expect(isCredit('受访者供图')).toBe(true);
    expect(isCredit('本报记者 王明摄')).toBe(true);
    expect(isCredit('他在岗位上坚守了二十年。')).toBe(false);
  });

  it('knows where a sentence ends', () => {
    expect(['好。', '吗？', '说：', '“好！”', '……'].every(endsSentence)).toBe(true);
    expect(['创建东海', '他先后获评', '1,200'].some(endsSentence)).toBe(false);
  });
});

describe('splitting a page into articles', () => {
  it('joins a paragraph the layout split, and keeps a heading after it', () => {
    const [article] = page(`金台潮声\n标题在前\n本报记者 张三\n去年以来,他们创建东海\n干部学堂,邀请专家授课。\n实训实干\n第二段。`);
    expect(article!.blocks).toEqual([
      { kind: 'paragraph', text: '去年以来，他们创建东海干部学堂，邀请专家授课。', lines: [4, 5] },
      { kind: 'heading', text: '实训实干', lines: [6] },
      { kind: 'paragraph', text: '第二段。', lines: [7] },
    ]);
  });

  it('keeps a paragraph that legitimately ends without punctuation', () => {
    const [article] = page(`社区食堂开进老街巷\n本报记者 孙悦\n第一段。\n咨询电话 0571-12345678\n小标题\n第二段。\n图①:老人们在就餐。`);
    expect(article!.blocks.map((block) => block.text)).toEqual(['第一段。', '咨询电话 0571-12345678', '小标题', '第二段。']);
    expect(article!.blocks[2]!.kind).toBe('heading');
  });

  it('finds a commentary signed after its body wherever it stands on the page', () => {
    const articles = page(`我是党员,我在岗位\n“路无尽头”\n本报记者 程焯\n正文。\n金台潮声\n评论第一段,讲道理。\n评论第二段。\n以严明纪律规范履职用权\n李林蔚`);
    expect(articles.map((a) => [a.header?.column, a.title, a.byline])).toEqual([
      ['我是党员，我在岗位', '“路无尽头”', '本报记者 程焯'],
      ['金台潮声', '以严明纪律规范履职用权', '李林蔚'],
    ]);
    expect(articles[1]!.blocks).toHaveLength(2);
  });

  it('takes a caption without credit, and a credit on the line after a caption', () => {
    const [article] = page(`标题\n本报记者 王明\n正文。\n图①:陈丽华在为居民测量血压。\n图②:老人们在就餐。\n受访者供图`);
    expect(article!.figures).toEqual([
      { number: 1, caption: '陈丽华在为居民测量血压。' },
      { number: 2, caption: '老人们在就餐。', credit: '受访者供图' },
    ]);
  });

  it('starts a new article at a title followed by its byline, with no column or kicker', () => {
    const articles = page(`河北省隆尧县——\n党建联盟助力企业发展\n本报记者 吴储岐\n正文。\n社区食堂开进老街巷\n本报记者 孙悦\n另一篇。`);
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      ['河北省隆尧县——', '党建联盟助力企业发展'],
      [undefined, '社区食堂开进老街巷'],
    ]);
  });
});

describe('proposing regions', () => {
  it('counts a printed chain once, as its deepest place, and resolves the full name', () => {
    const proposals = proposeRegions(['河北省隆尧县——'], ['走进河北省隆尧县东方食品城。']);
    expect(proposals.map((p) => p.region.fullName)).toEqual(['河北省邢台市隆尧县']);
  });

  it('resolves a name found in several provinces by the places already named, and skips it otherwise', () => {
    expect(proposeRegions(['——记浙江省杭州市西湖区社区医生'], ['西湖区翠苑街道。']).map((p) => p.region.fullName)).toEqual(['浙江省杭州市西湖区']);
    expect(proposeRegions([], ['鼓楼区的社区食堂。'])).toEqual([]);
  });

  it('leaves out a province when the story names its cities, unless the headline names it', () => {
    expect(proposeRegions([], ['贵州省遵义市一名司机，途经安顺市。']).map((p) => p.region.name)).toEqual(['遵义市', '安顺市']);
    expect(proposeRegions(['四川省成都市——'], ['成都市武侯区玉林街道。']).map((p) => p.region.name)).toEqual(['成都市', '武侯区']);
  });

  it('does not read ordinary words or unsuffixed names as places', () => {
    expect(proposeRegions([], ['老城区的晋江经验在泉州传开。'])).toEqual([]);
  });
});

describe('slugs', () => {
  it('are readable pinyin, in words that do not cross punctuation', () => {
    expect(slugFromTitle('党建联盟助力企业发展')).toBe('dangjian-lianmeng-zhuli-qiye');
    expect(slugFromTitle('增强干部“会担当”“重担当”“敢担当”的能力本领')).toBe('zengqiang-ganbu-huidandang-zhongdandang');
    expect(slugFromTitle('5G网络进山村')).toBe('5g-wangluo-jin-shancun');
    // Words, not fixed pairs of characters (which read yiyan-mingji-lvgui-fandang).
    expect(slugFromTitle('以严明纪律规范党员干部履职用权')).toBe('yiyanming-jilv-guifan-dangyuan');
    expect(slugFromTitle('“路无尽头，心有归处”')).toBe('luwu-jintou-xinyou-guichu');
  });

  it('are unique against the archive', () => {
    const taken = new Set(['dangjian-lianmeng', 'dangjian-lianmeng-2']);
    expect(uniqueSlug('dangjian-lianmeng', (slug) => taken.has(slug))).toBe('dangjian-lianmeng-3');
  });
});

describe('decoding a page', () => {
  it('names an empty file, a UTF-16 file and GBK bytes with their line', () => {
    expect(decodePage(new Uint8Array())).toEqual({ ok: false, message: 'the file is empty' });
    expect(decodePage(new Uint8Array([0xff, 0xfe, 0x5a, 0x51]))).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('UTF-16') });
    const gbk = new Uint8Array([...new TextEncoder().encode('金台潮声\n\n'), 0xb5, 0xb3, 0xbd, 0xa8]);
    expect(decodePage(gbk)).toMatchObject({ ok: false, line: 3, message: expect.stringContaining('GBK') });
  });
});
