import { describe, expect, it } from 'vitest';
import { getRegion, isWithin, regionChain, resolveRegion } from '@/lib/records/regions';

function resolved(input: string) {
  const result = resolveRegion(input);
  if (!result.ok) throw new Error(`${input} did not resolve: ${result.reason}`);
  return result.region;
}

describe('resolveRegion', () => {
  it('resolves a full name from the province down', () => {
    const region = resolved('福建省泉州市鲤城区');
    expect(region).toMatchObject({ code: '350502', name: '鲤城区', fullName: '福建省泉州市鲤城区', level: 'county' });
    expect(regionChain(region).map((r) => r.name)).toEqual(['福建省', '泉州市', '鲤城区']);
  });

  it('resolves a 6-digit code to the same region as its name', () => {
    expect(resolved('350502')).toBe(resolved('福建省泉州市鲤城区'));
  });

  it('accepts both the 4-digit and the padded 6-digit code of a city, and 2 or 6 digits for a province', () => {
    expect(resolved('3505').fullName).toBe('福建省泉州市');
    expect(resolved('350500').fullName).toBe('福建省泉州市');
    expect(resolved('35').fullName).toBe('福建省');
    expect(resolved('350000').fullName).toBe('福建省');
  });

  it('skips the placeholder city 市辖区 of a municipality in names and chains', () => {
    const haidian = resolved('北京市海淀区');
    expect(haidian.fullName).toBe('北京市海淀区');
    expect(regionChain(haidian).map((r) => r.name)).toEqual(['北京市', '海淀区']);
    expect(haidian.parentCode).toBe('11');
    expect(resolved('110100').fullName).toBe('北京市');
  });

  it('skips placeholder cities of counties governed directly by a province', () => {
    expect(resolved('济源市').fullName).toBe('河南省济源市');
    expect(resolved('重庆市城口县').fullName).toBe('重庆市城口县');
  });

  it('resolves a name that leaves out the city when it is unique', () => {
    expect(resolved('河北省隆尧县').fullName).toBe('河北省邢台市隆尧县');
  });

  it('reports a bare name shared by several places as ambiguous, with every candidate', () => {
    const result = resolveRegion('鼓楼区');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('ambiguous');
    expect(result.candidates.map((r) => r.fullName)).toEqual([
      '江苏省南京市鼓楼区',
      '江苏省徐州市鼓楼区',
      '福建省福州市鼓楼区',
      '河南省开封市鼓楼区',
    ]);
  });

  it('suggests the official name for an unknown short or misspelt name', () => {
    const short = resolveRegion('泉州');
    expect(short.ok || short.candidates.map((r) => r.fullName)).toEqual(['福建省泉州市']);
    const misspelt = resolveRegion('福建省泉州鲤城区');
    expect(misspelt.ok || misspelt.candidates.map((r) => r.fullName)).toEqual(['福建省泉州市鲤城区']);
  });

  it('reports an unknown code without crashing', () => {
    const result = resolveRegion('999999');
    expect(result).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe('region tree', () => {
  it('knows what lies within what', () => {
    const licheng = getRegion('350502')!;
    expect(isWithin(licheng, getRegion('3505')!)).toBe(true);
    expect(isWithin(licheng, getRegion('35')!)).toBe(true);
    expect(isWithin(licheng, getRegion('13')!)).toBe(false);
  });
});
